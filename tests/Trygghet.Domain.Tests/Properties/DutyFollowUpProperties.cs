using FsCheck;
using FsCheck.Fluent;
using Trygghet.Domain.Common;
using Trygghet.Domain.Councils;
using Trygghet.Domain.Finance;
using Trygghet.Domain.Finance.Facts;
using Trygghet.Domain.Plans;
using Trygghet.Domain.Finance.Rules;
using Trygghet.Domain.Samples;
using static Trygghet.Domain.Tests.Properties.DomainGenerators;
using Trygghet.Domain.Tests.Rules;

namespace Trygghet.Domain.Tests.Properties;

/// <summary>Laws of the council's and the appropriation's follow-up duties.</summary>
public sealed class DutyFollowUpProperties
{
    private static readonly Arbitrary<(DateOnly From, DateOnly AsOf)> Spans = Arb.From<(DateOnly From, DateOnly AsOf)>(
        from start in Gen.Choose(new DateOnly(2000, 1, 1).DayNumber, new DateOnly(2030, 1, 1).DayNumber)
        from length in Gen.Choose(0, 3000)
        select (DateOnly.FromDayNumber(start), DateOnly.FromDayNumber(start + length)),
        s => ShrinkDate(s.AsOf).Where(a => a >= s.From).Select(a => (s.From, a)));

    [DomainProperty]
    public Property CouncilReportingAtEveryAccountsDay_IsNeverMissed() =>
        Prop.ForAll(Spans, s =>
        {
            var submissions = Enumerable.Range(s.From.Year, s.AsOf.Year - s.From.Year + 1)
                .SelectMany(y => new[] { new CouncilReportSubmission(y, ReportingOccasion.HalfYearAccounts), new CouncilReportSubmission(y, ReportingOccasion.AnnualAccounts) });
            return CouncilDuties.Reports(s.From, submissions, s.AsOf).All(p => p.Status != DutyStatus.Missed);
        });

    [DomainProperty]
    public Property CouncilWithoutReports_MissesEveryHalfYearThatEndedBeforeTheDate() =>
        Prop.ForAll(Spans, s =>
        {
            var missed = CouncilDuties.Reports(s.From, [], s.AsOf).Count(p => p.Status == DutyStatus.Missed);
            var ended = new DateRange(s.From, s.AsOf).SplitBy(PeriodKind.Term).Count(p => p.End < s.AsOf);
            return missed == ended;
        });

    [DomainProperty]
    public Property TertialFollowUpsRecordedPerTheirLastDay_AreNeverReportedMissed() =>
        Prop.ForAll(Dates, Arb.From(Gen.Choose(0, 7), n => Enumerable.Range(0, n)), (asOf, skipMask) =>
        {
            var decision = SeedCatalogue.SafetyCommissionAppropriations;
            var ends = new[] { new DateOnly(2020, 4, 30), new DateOnly(2020, 8, 31), new DateOnly(2020, 12, 31) };
            var recorded = ends.Where((_, i) => (skipMask & (1 << i)) == 0).ToArray();
            var withRecords = decision with { RecordedFollowUps = [.. recorded.Select(d => new FinancialFollowUp(d, "Uppföljning"))] };
            var missed = RuleHarness.Run(AppropriationDocument.Descriptor.Rules, FinanceFacts.From(withRecords), asOf)
                .Where(f => f.RuleId == "FIN-UPPFOLJNING-MISSAD")
                .Select(f => f.Arguments.Single(a => a.Key == "dueDate").Value)
                .Cast<DateOnly>()
                .ToArray();
            return missed.All(d => !recorded.Contains(d) && d < asOf)
                && missed.Length == ends.Count(e => !recorded.Contains(e) && e < asOf);
        });
}
