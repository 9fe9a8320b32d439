namespace Trygghet.Domain.Procedure;

/// <summary>Grund för bedömningen (why a minority's demand must or need not be granted).</summary>
public enum MinorityReferralGround
{
    /// <summary>At least a third of the members present demand it, for the first time, in fullmäktige: it must be granted.</summary>
    ThirdOfPresentDemands,

    /// <summary>Not fullmäktige: in a nämnd or utskott a referral is an ordinary majority decision.</summary>
    NotCouncil,

    /// <summary>Fewer than a third of the members present demand it.</summary>
    BelowOneThird,

    /// <summary>The matter was already tabled or referred back on a minority's demand: simple majority now decides.</summary>
    MinorityRightAlreadyUsed,

    /// <summary>The matter is an election: simple majority decides.</summary>
    Election,
}

/// <summary>Minoritetsåterremiss (the minority right in fullmäktige to have a matter tabled or referred back, KL 5 kap. 50 §).</summary>
/// <param name="MustBeGranted">True when the demand must be granted.</param>
/// <param name="Ground">Why.</param>
public readonly record struct MinorityReferral(bool MustBeGranted, MinorityReferralGround Ground)
{
    /// <summary>
    /// Evaluates a demand for referral or tabling: in fullmäktige it must be granted when <c>demanding * 3 &gt;= present</c>,
    /// unless the matter was already tabled or referred on a minority's demand, or is an election.
    /// </summary>
    /// <param name="body">The kind of body.</param>
    /// <param name="demanding">Members present who demand it; 0..<paramref name="present"/>.</param>
    /// <param name="present">Members present (serving substitutes included); positive.</param>
    /// <param name="minorityRightUsed">Whether the minority right has been used on this matter before.</param>
    /// <param name="isElection">Whether the matter is an election.</param>
    /// <returns>The evaluation.</returns>
    /// <exception cref="ArgumentOutOfRangeException">A count is out of range.</exception>
    public static MinorityReferral Evaluate(BodyKind body, int demanding, int present, bool minorityRightUsed = false, bool isElection = false)
    {
        Guard.Against.Below(present, 1);
        Guard.Against.Below(demanding, 0);
        Guard.Against.Above(demanding, present);
        if (body != BodyKind.Council)
        {
            return new(false, MinorityReferralGround.NotCouncil);
        }

        if (isElection)
        {
            return new(false, MinorityReferralGround.Election);
        }

        if (minorityRightUsed)
        {
            return new(false, MinorityReferralGround.MinorityRightAlreadyUsed);
        }

        return (long)demanding * 3 >= present
            ? new(true, MinorityReferralGround.ThirdOfPresentDemands)
            : new(false, MinorityReferralGround.BelowOneThird);
    }
}
