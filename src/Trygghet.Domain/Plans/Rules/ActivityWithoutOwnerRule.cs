using Trygghet.Domain.Plans.Facts;
using Trygghet.Domain.Rules;
using Trygghet.Domain.Rules.Authoring;

namespace Trygghet.Domain.Plans.Rules;

/// <summary>Insats utan ansvarig (an activity has no owner).</summary>
internal sealed class ActivityWithoutOwnerRule : Rule
{
    /// <inheritdoc/>
    public override RuleMetadata Metadata { get; } = new()
    {
        Id = "PLAN-INSATS-UTAN-ANSVARIG",
        Basis = PlanBases.TimeAndResources,
        Tags = ["plan", "activity"],
    };

    /// <inheritdoc/>
    protected override void Define(RuleBuilder rule) =>
        rule.Match<PlanActivityFact>(a => a.Commitments.EveryActivityHasOwner && string.IsNullOrWhiteSpace(a.Owner))
            .Then((ctx, a) => ctx.Report($"{a.Path}.owner", ("activity", a.Description)));
}
