using Trygghet.Domain.Plans;
using Trygghet.Domain.Plans.Facts;
using Trygghet.Domain.Rules;
using Trygghet.Domain.Rules.Authoring;

namespace Trygghet.Domain.Plans.Rules;

/// <summary>Uppföljning utan intervall (a follow-up method states no cadence).</summary>
internal sealed class FollowUpWithoutCadenceRule : Rule
{
    /// <inheritdoc/>
    public override RuleMetadata Metadata { get; } = new()
    {
        Id = "PLAN-UPPFOLJNING-UTAN-INTERVALL",
        Basis = PlanBases.TimeBoundAndFollowedUp,
        Tags = ["plan", "follow-up"],
    };

    /// <inheritdoc/>
    protected override void Define(RuleBuilder rule) =>
        rule.Match<FollowUpMethodFact>(m => m.Commitments.EveryFollowUpHasInterval && m.Cadence == FollowUpCadence.NotStated)
            .Then((ctx, m) => ctx.Report($"{m.Path}.cadence", ("method", m.Description)));
}
