using System.Collections.Immutable;

namespace Trygghet.Domain.Agreements;

/// <summary>
/// Fel i numreringen (a numbering problem of one measure): its number repeats an earlier measure's number,
/// or names another area than the one it stands under, or both.
/// </summary>
/// <param name="MeasureIndex">The measure's index in <see cref="ActionPlan.Measures"/>.</param>
/// <param name="Number">The number written on it.</param>
/// <param name="AreaNumber">The area it stands under.</param>
/// <param name="FirstUseIndex">The index of the earlier measure with the same number, or null when the number is unique so far.</param>
/// <param name="WrongArea">True when the number's area differs from <paramref name="AreaNumber"/>.</param>
public sealed record MeasureNumberingIssue(int MeasureIndex, MeasureNumber Number, int AreaNumber, int? FirstUseIndex, bool WrongArea);

/// <summary>Numrering av insatser (measure numbering): "Insats A:N" with A the area's number and N unique within the area.</summary>
public static class MeasureNumbering
{
    /// <summary>
    /// Finds the measures whose number does not fit: repeated (a later measure reuses an earlier number) or naming
    /// another area. At most one issue per measure; the first use of a number is never an issue on that account.
    /// </summary>
    /// <param name="plan">The plan.</param>
    /// <returns>The issues in measure order.</returns>
    public static ImmutableArray<MeasureNumberingIssue> Check(ActionPlan plan)
    {
        Guard.Against.Null(plan);
        var firstUse = new Dictionary<MeasureNumber, int>();
        var issues = ImmutableArray.CreateBuilder<MeasureNumberingIssue>();
        for (var i = 0; i < plan.Measures.Count; i++)
        {
            var measure = plan.Measures[i];
            int? earlier = firstUse.TryGetValue(measure.Number, out var index) ? index : null;
            if (earlier is null)
            {
                firstUse.Add(measure.Number, i);
            }

            var wrongArea = measure.Number.Area != measure.AreaNumber;
            if (earlier is not null || wrongArea)
            {
                issues.Add(new MeasureNumberingIssue(i, measure.Number, measure.AreaNumber, earlier, wrongArea));
            }
        }

        return issues.ToImmutable();
    }
}
