using System.Globalization;
using Trygghet.Domain.Calendar;

namespace Trygghet.Domain.Procedure;

/// <summary>Frist (a statutory deadline: the day the statute gives, and that day moved to a working day).</summary>
/// <param name="Unshifted">The day counted by the statute alone.</param>
/// <param name="Date">The deadline that applies: <paramref name="Unshifted"/>, or the next working day after it (Lag 1930:173).</param>
/// <remarks>Equality compares both days. The default value is 0001-01-01 for both.</remarks>
public readonly record struct Deadline(DateOnly Unshifted, DateOnly Date)
{
    /// <summary>True when the deadline was moved off a non-working day.</summary>
    public bool IsMoved => Date != Unshifted;

    /// <summary>The deadline for a statutory day, moved by Lag (1930:173) when <paramref name="moveToWorkingDay"/>.</summary>
    /// <param name="unshifted">The statutory day.</param>
    /// <param name="moveToWorkingDay">Whether to move a non-working day to the next working day.</param>
    /// <returns>The deadline.</returns>
    public static Deadline On(DateOnly unshifted, bool moveToWorkingDay = true) =>
        new(unshifted, moveToWorkingDay ? SwedishCalendar.DeadlineOnOrAfter(unshifted) : unshifted);

    /// <summary>Formats as "yyyy-MM-dd", with the statutory day when it was moved.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => IsMoved ? string.Create(CultureInfo.InvariantCulture, $"{Date:yyyy-MM-dd} (moved from {Unshifted:yyyy-MM-dd})") : string.Create(CultureInfo.InvariantCulture, $"{Date:yyyy-MM-dd}");
}
