using Trygghet.Domain.Agreements;
using Trygghet.Domain.Agreements.Facts;
using Trygghet.Domain.Rules;
using Trygghet.Domain.Rules.Authoring;

namespace Trygghet.Domain.Agreements.Rules;

/// <summary>
/// SOK-UPPFOLJNING-PERIODISK: a tertial, half-yearly, interim or yearly follow-up the agreement requires was not
/// recorded for a period that has ended. One finding per missed period.
/// </summary>
internal sealed class PeriodicFollowUpMissedRule : Rule
{
    /// <inheritdoc/>
    public override RuleMetadata Metadata { get; } = new()
    {
        Id = "SOK-UPPFOLJNING-PERIODISK",
        Basis = AgreementBases.Periodic,
        Tags = ["agreement", "follow-up"],
    };

    /// <inheritdoc/>
    protected override void Define(RuleBuilder rule) =>
        rule.Match<FollowUpRequirementFact>(r => r.Kind is FollowUpKind.Tertial or FollowUpKind.SemiAnnual or FollowUpKind.Interim or FollowUpKind.Yearly)
            .Then((ctx, r) =>
            {
                var settings = ctx.Settings.Get<AgreementSettings>();
                foreach (var due in FollowUpSchedule.EvaluateRequirement(r.Index, r.Kind, r.Validity, r.Records, ctx.AsOf, settings))
                {
                    if (due.Status == FollowUpDueStatus.Missed)
                    {
                        ctx.Report(r.Path, ("kind", r.Kind), ("period", due.Window.ToString()), ("dueBy", due.Window.End));
                    }
                }
            });
}
