using FsCheck;
using FsCheck.Fluent;
using Trygghet.Domain.Common;
using Trygghet.Domain.Plans;
using static Trygghet.Domain.Tests.Properties.DomainGenerators;

namespace Trygghet.Domain.Tests.Properties;

/// <summary>Laws of activity timing: an activity inside its plan's span stays inside when the span grows.</summary>
public sealed class ActivityTimingProperties
{
    private static readonly Arbitrary<(DateRange Span, DateRange Activity, int Before, int After)> Cases = Arb.From<(DateRange Span, DateRange Activity, int Before, int After)>(
        from span in DomainGenerators.Range
        from a in Gen.Choose(0, span.LengthInDays - 1)
        from b in Gen.Choose(0, span.LengthInDays - 1)
        from before in Gen.Choose(0, 800)
        from after in Gen.Choose(0, 800)
        let first = Math.Min(a, b)
        let last = Math.Max(a, b)
        select (Span: span, Activity: new DateRange(span.Start.AddDays(first), span.Start.AddDays(last)), Before: before, After: after),
        c => ShrinkRange(c.Span).Where(s => s.Contains(c.Activity)).Select(s => (s, c.Activity, c.Before / 2, c.After / 2)));

    [DomainProperty]
    public Property ActivityInsideSpan_StaysInsideWhenTheSpanGrows() =>
        Prop.ForAll(Cases, c =>
        {
            var grown = new DateRange(c.Span.Start.AddDays(-c.Before), c.Span.End.AddDays(c.After));
            return ActivityTiming.Evaluate(c.Activity, c.Span) == ActivityTimingStatus.InsideSpan
                && ActivityTiming.Evaluate(c.Activity, grown) == ActivityTimingStatus.InsideSpan;
        });

    [DomainProperty]
    public Property ActivityReachingPastTheSpan_IsOutside() =>
        Prop.ForAll(Cases, c =>
        {
            var late = new DateRange(c.Activity.Start, c.Span.End.AddDays(c.After + 1));
            var early = new DateRange(c.Span.Start.AddDays(-(c.Before + 1)), c.Activity.End);
            return ActivityTiming.Evaluate(late, c.Span) == ActivityTimingStatus.OutsideSpan
                && ActivityTiming.Evaluate(early, c.Span) == ActivityTimingStatus.OutsideSpan;
        });
}
