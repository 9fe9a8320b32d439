using FsCheck;
using FsCheck.Fluent;
using Trygghet.Domain.Calendar;
using Trygghet.Domain.Common;
using Trygghet.Domain.Procedure;
using Trygghet.Domain.Validation;
using static Trygghet.Domain.Tests.Properties.DomainGenerators;

namespace Trygghet.Domain.Tests.Properties;

/// <summary>Laws of the deadline chain as integrators see it through <see cref="DeadlineCalculator"/>.</summary>
public sealed class DeadlineCalculatorProperties
{
    /// <summary>Meetings from 2018 to 2199-10-31 (the whole chain, removal included, must end inside the calendar), of any kind of body.</summary>
    private static readonly Arbitrary<(DateOnly Meeting, BodyKind Body)> Meetings = Arb.From(
        from day in Gen.Choose(new DateOnly(2018, 1, 1).DayNumber, new DateOnly(2199, 10, 31).DayNumber).Select(DateOnly.FromDayNumber)
        from body in Gen.Elements(Enum.GetValues<BodyKind>())
        select (Meeting: day, Body: body),
        t => ShrinkDate(t.Meeting).Where(d => d.Year >= 2018).Select(d => (d, t.Body)));

    [DomainProperty]
    public Property StepsTakenOnTheirDeadlines_GiveNoFindings_AndEveryDeadlineIsAWorkingDay() =>
        Prop.ForAll(Meetings, t =>
        {
            var attested = ProcedureDeadlines.Attestation(t.Meeting).Date;
            var posted = ProcedureDeadlines.Notice(attested).Date;
            var removed = ProcedureDeadlines.AppealPeriod(posted).Date.AddDays(1); // the earliest lawful removal
            // A month after the removal, but never past the supported calendar (a meeting in late 2199 would reach 2200).
            var asOf = DateOnly.FromDayNumber(Math.Min(removed.AddDays(30).DayNumber, TrygghetLimits.LatestDate.DayNumber));
            var report = DeadlineCalculator.Default.Calculate(t.Meeting, attested, posted, removed, t.Body, asOf: asOf);
            var chain = report.Chain;
            return report.Findings.Count == 0
                && SwedishCalendar.IsWorkingDay(chain.AttestationDeadline.Date)
                && SwedishCalendar.IsWorkingDay(chain.NoticeDeadline.Date)
                && SwedishCalendar.IsWorkingDay(chain.AppealPeriodEnds.Date)
                && chain.LegallyFinalFrom == chain.AppealPeriodEnds.Date.AddDays(1);
        });

    [DomainProperty]
    public Property AttestedOneDayAfterTheDeadline_GivesExactlyTheLateAttestation() =>
        Prop.ForAll(Meetings, t =>
        {
            var late = ProcedureDeadlines.Attestation(t.Meeting).Date.AddDays(1);
            var report = DeadlineCalculator.Default.Calculate(t.Meeting, late, body: t.Body);
            return report.Findings.Count == 1 && report.Findings[0].RuleId == "KL-5-69-JUSTERING-SEN" && !report.IsCompliant;
        });
}
