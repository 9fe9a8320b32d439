namespace Trygghet.Domain.Procedure;

/// <summary>Beslutförhet (quorum): more than half of all seats present (KL 5 kap. 45 §, 6 kap. 27 §).</summary>
public static class Quorum
{
    /// <summary>
    /// True when <paramref name="present"/> serving members (substitutes serving in members' places included) are
    /// more than half of <paramref name="seats"/>: <c>present * 2 &gt; seats</c>.
    /// </summary>
    /// <param name="present">Serving members present; not negative (more than the seats is not refused here).</param>
    /// <param name="seats">All seats of the body; positive.</param>
    /// <returns>True when the body may deal with matters.</returns>
    /// <exception cref="ArgumentOutOfRangeException">A count is out of range.</exception>
    public static bool IsQuorate(int present, int seats)
    {
        Guard.Against.Below(seats, 1);
        Guard.Against.Below(present, 0);
        return (long)present * 2 > seats;
    }

    /// <summary>The fewest serving members that make the body quorate: <c>seats / 2 + 1</c>.</summary>
    /// <param name="seats">All seats of the body; positive.</param>
    /// <returns>The minimum number present.</returns>
    public static int MinimumPresent(int seats)
    {
        Guard.Against.Below(seats, 1);
        return (seats / 2) + 1;
    }
}
