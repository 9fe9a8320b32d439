using FsCheck;
using FsCheck.Fluent;
using Trygghet.Domain.Finance;
using static Trygghet.Domain.Tests.Properties.DomainGenerators;

namespace Trygghet.Domain.Tests.Properties;

/// <summary>Laws of cost ranges: amounts inside their ranges sum inside the summed range.</summary>
public sealed class AllocationProperties
{
    /// <summary>A range in whole thousands of kronor and an amount inside it.</summary>
    private static readonly Gen<(MoneyRange Range, decimal Amount)> Item =
        from min in Gen.Choose(0, 20_000)
        from width in Gen.Choose(0, 5_000)
        from at in Gen.Choose(0, width)
        select (new MoneyRange(min * 1000m, (min + width) * 1000m), (min + at) * 1000m);

    private static IEnumerable<(MoneyRange Range, decimal Amount)[]> Shrink((MoneyRange Range, decimal Amount)[] items)
    {
        for (var i = 0; i < items.Length; i++)
        {
            yield return [.. items.Take(i), .. items.Skip(i + 1)];
        }

        for (var i = 0; i < items.Length; i++)
        {
            if (items[i].Range != new MoneyRange(items[i].Amount, items[i].Amount))
            {
                var copy = items.ToArray();
                copy[i] = (new MoneyRange(items[i].Amount, items[i].Amount), items[i].Amount);
                yield return copy;
            }
        }
    }

    private static readonly Arbitrary<(MoneyRange Range, decimal Amount)[]> Vectors =
        Arb.From(Gen.ArrayOf(Item), Shrink);

    [DomainProperty]
    public Property AmountsWithinTheirRanges_SumWithinTheSumOfRanges() =>
        Prop.ForAll(Vectors, items =>
        {
            var total = MoneyRange.Sum(items.Select(i => i.Range));
            var sum = items.Sum(i => i.Amount);
            return total.Min == items.Sum(i => i.Range.Min) && total.Max == items.Sum(i => i.Range.Max) && total.Contains(sum);
        });

    [DomainProperty]
    public Property SumAboveTheSumOfMaxima_HasAnItemAboveItsRange() =>
        // Any amounts, not only those inside their ranges: overspending the whole means overspending a part.
        Prop.ForAll(Vectors, Arb.From(Gen.ArrayOf(Gen.Choose(0, 3_000))), (items, extras) =>
        {
            var amounts = items.Select((x, i) => x.Amount + (i < extras.Length ? extras[i] * 1000m : 0m)).ToArray();
            var total = MoneyRange.Sum(items.Select(i => i.Range));
            return amounts.Sum() <= total.Max
                || items.Select((x, i) => AllocationCheck.Position(amounts[i], x.Range)).Contains(RangePosition.Above);
        });

    [DomainProperty]
    public Property Position_IsWithinExactlyWhenTheRangeContainsTheAmount() =>
        Prop.ForAll(Arb.From(Item, _ => []), Arb.From(Gen.Choose(-5_000, 30_000)), (item, thousands) =>
        {
            var amount = thousands * 1000m;
            var position = AllocationCheck.Position(amount, item.Range);
            return (position == RangePosition.Within) == item.Range.Contains(amount)
                && (position != RangePosition.Below || amount < item.Range.Min)
                && (position != RangePosition.Above || amount > item.Range.Max);
        });
}
