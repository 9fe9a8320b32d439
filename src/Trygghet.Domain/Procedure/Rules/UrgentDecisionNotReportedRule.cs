using Trygghet.Domain.Procedure.Facts;
using Trygghet.Domain.Rules;
using Trygghet.Domain.Rules.Authoring;

namespace Trygghet.Domain.Procedure.Rules;

/// <summary>
/// Brådskande beslut inte anmält (an urgent decision taken on the nämnd's behalf, KL 6 kap. 39 §, was not reported at
/// the nämnd's next meeting, 6 kap. 40 § third sentence): judged only when the series records a meeting after the
/// decision; the nämnd cannot exempt such a decision from being reported.
/// </summary>
internal sealed class UrgentDecisionNotReportedRule : Rule
{
    /// <inheritdoc/>
    public override RuleMetadata Metadata { get; } = new()
    {
        Id = "KL-6-40-BRADSKANDE-EJ-ANMALT",
        Basis = KommunallagenBasis.Cite("6 kap. 39-40 §§", "ch. 6 ss. 39-40"),
        Tags = ["procedure", "delegation", "meeting"],
    };

    /// <inheritdoc/>
    protected override void Define(RuleBuilder rule) =>
        rule.Match<DelegatedDecisionRecorded>(d => d.Basis == DelegationBasis.Urgent && d.NextMeeting is { } next && !(d.ReportedAt <= next))
            .Then((ctx, d) => ctx.Report(d.Path, ("matter", d.Matter), ("date", d.Date), ("next", d.NextMeeting!.Value)));
}
