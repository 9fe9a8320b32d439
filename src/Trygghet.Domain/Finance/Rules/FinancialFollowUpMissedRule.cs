using Trygghet.Domain.Finance;
using Trygghet.Domain.Finance.Facts;
using Trygghet.Domain.Plans;
using Trygghet.Domain.Rules;
using Trygghet.Domain.Rules.Authoring;

namespace Trygghet.Domain.Finance.Rules;

/// <summary>Ekonomisk uppföljning missad (a tertial or other period ended without a recorded follow-up).</summary>
internal sealed class FinancialFollowUpMissedRule : Rule
{
    /// <inheritdoc/>
    public override RuleMetadata Metadata { get; } = new()
    {
        Id = "FIN-UPPFOLJNING-MISSAD",
        Basis = FinanceBases.TertialFollowUp,
        Tags = ["finance", "follow-up"],
    };

    /// <inheritdoc/>
    protected override void Define(RuleBuilder rule) =>
        rule.Match<FinancialFollowUpFact>()
            .Then((ctx, f) =>
            {
                foreach (var status in PeriodicFollowUp.Evaluate(f.Span.SplitBy(f.Period), f.Recorded, ctx.AsOf))
                {
                    if (status.Status == FollowUpStatus.Missed)
                    {
                        ctx.Report(f.Path, ("dueDate", status.DueDate), ("period", status.Period.ToString()));
                    }
                }
            });
}
