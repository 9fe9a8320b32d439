using Trygghet.Domain.Common;
using FsCheck;
using FsCheck.Fluent;
using Trygghet.Domain.Promises;
using static Trygghet.Domain.Tests.Properties.AgreementGenerators;

namespace Trygghet.Domain.Tests.Properties;

/// <summary>Laws of counting a citizen promise's commitments per period.</summary>
public sealed class PromiseProperties
{
    [DomainProperty]
    public Property MetPeriods_StayMet_WhenActivitiesAreAdded() =>
        Prop.ForAll(CommitmentCases, c =>
        {
            var before = CommitmentEvaluator.Evaluate(c.Promise(c.Activities), c.AsOf);
            var after = CommitmentEvaluator.Evaluate(c.Promise(c.Activities.Concat(c.Extra)), c.AsOf);
            return before.Length == after.Length
                && before.Zip(after).All(p => p.First.Status != DutyStatus.Met || p.Second.Status == DutyStatus.Met)
                && before.Zip(after).All(p => p.Second.Counted >= p.First.Counted);
        });

    [DomainProperty]
    public Property PartialPeriods_NeverDemandMoreThanTheFullPeriodRate() =>
        Prop.ForAll(CommitmentCases, c =>
            CommitmentEvaluator.Evaluate(c.Promise(c.Activities), c.AsOf).All(s =>
                s.Required >= 1
                && s.Required <= c.Minimum
                && s.FullPeriod.Contains(s.Period)
                && s.IsPartial == (s.Period != s.FullPeriod)
                && (s.IsPartial || s.Required == c.Minimum)
                // Rounded up, but by less than one occurrence: (required - 1) / part < minimum / full.
                && (long)(s.Required - 1) * s.FullPeriod.LengthInDays < (long)c.Minimum * s.Period.LengthInDays));

    [DomainProperty]
    public Property Periods_TileTheValidityWithoutOverlap_UpToTheAsOfDate() =>
        Prop.ForAll(CommitmentCases, c =>
        {
            var periods = CommitmentEvaluator.Evaluate(c.Promise([]), c.AsOf).Select(s => s.Period).ToList();
            var validity = c.Validity;
            return periods.All(p => validity.Contains(p) && p.Start <= c.AsOf)
                && periods.Zip(periods.Skip(1)).All(p => p.First.End < p.Second.Start)
                && (periods.Count > 0 || c.AsOf < validity.Start || c.Per == QuotaPeriod.SchoolYear);
        });

    [DomainProperty]
    public Property Missed_OnlyAfterThePeriodHasEnded() =>
        Prop.ForAll(CommitmentCases, c =>
            CommitmentEvaluator.Evaluate(c.Promise(c.Activities), c.AsOf).All(s =>
                (s.Status == DutyStatus.Missed) == (c.AsOf > s.Period.End && s.Counted < s.Required)));
}
