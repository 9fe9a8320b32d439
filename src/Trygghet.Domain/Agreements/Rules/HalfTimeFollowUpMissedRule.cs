using Trygghet.Domain.Agreements;
using Trygghet.Domain.Agreements.Facts;
using Trygghet.Domain.Rules;
using Trygghet.Domain.Rules.Authoring;

namespace Trygghet.Domain.Agreements.Rules;

/// <summary>
/// SOK-UPPFOLJNING-HALVTID: an agreement that requires a half-time follow-up has none recorded in the window
/// around its midpoint (<see cref="AgreementSettings.HalfTimeWindowDays"/>), and the window has closed.
/// </summary>
internal sealed class HalfTimeFollowUpMissedRule : Rule
{
    /// <inheritdoc/>
    public override RuleMetadata Metadata { get; } = new()
    {
        Id = "SOK-UPPFOLJNING-HALVTID",
        Basis = AgreementBases.HalfTime,
        Tags = ["agreement", "follow-up"],
    };

    /// <inheritdoc/>
    protected override void Define(RuleBuilder rule) =>
        rule.Match<FollowUpRequirementFact>(r => r.Kind == FollowUpKind.HalfTime)
            .Then((ctx, r) =>
            {
                var settings = ctx.Settings.Get<AgreementSettings>();
                foreach (var due in FollowUpSchedule.EvaluateRequirement(r.Index, r.Kind, r.Validity, r.Records, ctx.AsOf, settings))
                {
                    if (due.Status == FollowUpDueStatus.Missed)
                    {
                        ctx.Report(r.Path, ("midpoint", r.Validity.Midpoint), ("dueBy", due.Window.End), ("window", due.Window.ToString()));
                    }
                }
            });
}
