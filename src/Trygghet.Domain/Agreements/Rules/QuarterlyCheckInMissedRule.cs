using Trygghet.Domain.Agreements;
using Trygghet.Domain.Agreements.Facts;
using Trygghet.Domain.Rules;
using Trygghet.Domain.Rules.Authoring;

namespace Trygghet.Domain.Agreements.Rules;

/// <summary>
/// SOK-AVSTAMNING-KVARTAL: a quarter (or the part of it the agreement covers) has ended with no quarterly
/// check-in recorded. One finding per missed quarter.
/// </summary>
internal sealed class QuarterlyCheckInMissedRule : Rule
{
    /// <inheritdoc/>
    public override RuleMetadata Metadata { get; } = new()
    {
        Id = "SOK-AVSTAMNING-KVARTAL",
        Basis = AgreementBases.Quarterly,
        Tags = ["agreement", "follow-up"],
    };

    /// <inheritdoc/>
    protected override void Define(RuleBuilder rule) =>
        rule.Match<FollowUpRequirementFact>(r => r.Kind == FollowUpKind.Quarterly)
            .Then((ctx, r) =>
            {
                var settings = ctx.Settings.Get<AgreementSettings>();
                foreach (var due in FollowUpSchedule.EvaluateRequirement(r.Index, r.Kind, r.Validity, r.Records, ctx.AsOf, settings))
                {
                    if (due.Status == FollowUpDueStatus.Missed)
                    {
                        ctx.Report(r.Path, ("quarter", due.Window.ToString()), ("dueBy", due.Window.End));
                    }
                }
            });
}
