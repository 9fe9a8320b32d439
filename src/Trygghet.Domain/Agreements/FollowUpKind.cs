namespace Trygghet.Domain.Agreements;

/// <summary>Uppföljningstyp (kind of follow-up), as a requirement or as something done.</summary>
public enum FollowUpKind
{
    /// <summary>Löpande (continuous, at ordinary meetings); not tied to dates, so never due.</summary>
    Continuous,

    /// <summary>Kvartalsvis avstämning (quarterly check-in between the coordinators).</summary>
    Quarterly,

    /// <summary>Tertialvis (every four months).</summary>
    Tertial,

    /// <summary>Halvårsuppföljning (half-yearly follow-up, per term January-June and July-December).</summary>
    SemiAnnual,

    /// <summary>Delårsuppföljning (interim follow-up during the year).</summary>
    Interim,

    /// <summary>Halvtidsuppföljning ("följas upp efter halva tiden"): once, at the midpoint of the validity.</summary>
    HalfTime,

    /// <summary>Årsuppföljning (yearly follow-up).</summary>
    Yearly,
}
