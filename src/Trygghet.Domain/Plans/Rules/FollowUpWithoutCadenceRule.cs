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
        Name = new("Uppföljning utan intervall", "Follow-up without cadence"),
        Description = new(
            "Varje uppföljningsmetod ska ange hur ofta den görs (t.ex. årlig mätning), så att uppföljningen blir regelbunden.",
            "Every follow-up method is to state how often it is done (e.g. annual measurement), so that follow-up is regular."),
        Message = new(
            "Uppföljningen \"{method}\" anger inte hur ofta den görs.",
            "The follow-up \"{method}\" does not state how often it is done."),
        Basis = PlanBases.TimeBoundAndFollowedUp,
        DefaultSeverity = Severity.Warning,
        Tags = ["plan", "follow-up"],
    };

    /// <inheritdoc/>
    protected override void Define(RuleBuilder rule) =>
        rule.Match<FollowUpMethodFact>(m => m.Cadence == FollowUpCadence.NotStated)
            .Then((ctx, m) => ctx.Report($"{m.Path}.cadence", ("method", m.Description)));
}
