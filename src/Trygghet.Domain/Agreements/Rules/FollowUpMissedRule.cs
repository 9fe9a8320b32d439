using Trygghet.Domain.Agreements.Facts;
using Trygghet.Domain.Rules;
using Trygghet.Domain.Rules.Authoring;

namespace Trygghet.Domain.Agreements.Rules;

/// <summary>
/// Uppföljning missad (a follow-up the agreement's own structure requires was not recorded in a window that has
/// closed; see <see cref="FollowUpSchedule"/>). One finding per missed window; one rule per kind of requirement.
/// </summary>
internal sealed class FollowUpMissedRule : PeriodicDutyRule<FollowUpRequirementFact>
{
    private readonly Func<FollowUpKind, bool> kinds;

    private FollowUpMissedRule(
        string id, LegalBasis basis, Func<FollowUpKind, bool> kinds, Func<FollowUpRequirementFact, DutyPeriod, (string, object?)[]> arguments)
        : base(new() { Id = id, Basis = basis, Tags = ["agreement", "follow-up"] }, arguments) =>
        this.kinds = kinds;

    /// <summary>SOK-UPPFOLJNING-HALVTID: no half-time follow-up in the window around the midpoint (<see cref="AgreementSettings.HalfTimeWindowDays"/>).</summary>
    public static FollowUpMissedRule HalfTime { get; } = new(
        "SOK-UPPFOLJNING-HALVTID",
        AgreementBases.HalfTime,
        k => k == FollowUpKind.HalfTime,
        (r, d) => [("midpoint", r.Validity.Midpoint), ("dueBy", d.DueDate), ("window", d.Window.ToString())]);

    /// <summary>SOK-AVSTAMNING-KVARTAL: a quarter (or the part the agreement covers) ended with no quarterly check-in.</summary>
    public static FollowUpMissedRule Quarterly { get; } = new(
        "SOK-AVSTAMNING-KVARTAL",
        AgreementBases.Quarterly,
        k => k == FollowUpKind.Quarterly,
        (_, d) => [("quarter", d.Window.ToString()), ("dueBy", d.DueDate)]);

    /// <summary>SOK-UPPFOLJNING-PERIODISK: a tertial, half-yearly, interim or yearly follow-up was not recorded for a period that ended.</summary>
    public static FollowUpMissedRule Periodic { get; } = new(
        "SOK-UPPFOLJNING-PERIODISK",
        AgreementBases.Periodic,
        k => k is FollowUpKind.Tertial or FollowUpKind.SemiAnnual or FollowUpKind.Interim or FollowUpKind.Yearly,
        (r, d) => [("kind", r.Kind), ("period", d.Window.ToString()), ("dueBy", d.DueDate)]);

    /// <inheritdoc/>
    protected override bool Applies(FollowUpRequirementFact fact) => kinds(fact.Kind);

    /// <inheritdoc/>
    protected override string PathOf(FollowUpRequirementFact fact) => fact.Path;

    /// <inheritdoc/>
    protected override IEnumerable<DutyPeriod> Periods(IRuleContext ctx, FollowUpRequirementFact fact) =>
        FollowUpSchedule.Periods(fact.Kind, fact.Validity, fact.Records, ctx.AsOf, ctx.Settings.Get<AgreementSettings>());
}
