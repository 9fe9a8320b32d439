namespace Trygghet.Domain.Procedure;

/// <summary>Yrkandetyp (kind of motion made at the meeting).</summary>
public enum MotionKind
{
    /// <summary>Bifall (approval of the proposal on the table or of another member's motion).</summary>
    Approval,

    /// <summary>Avslag (rejection).</summary>
    Rejection,

    /// <summary>Ändringsyrkande (amendment, or an alternative proposal replacing the one on the table).</summary>
    Amendment,

    /// <summary>Tilläggsyrkande (addition to the proposal on the table).</summary>
    Addition,

    /// <summary>Återremiss (referral back for more preparation, usually with an uppdrag).</summary>
    Referral,

    /// <summary>Bordläggning (tabling to a later meeting).</summary>
    Tabling,
}

/// <summary>Yrkande (a motion made at the meeting: "Förslag till beslut på sammanträdet").</summary>
/// <param name="Kind">Yrkandetyp (what kind of motion).</param>
/// <param name="MovedBy">Yrkande av (who made it).</param>
public sealed record Motion(MotionKind Kind, Person MovedBy)
{
    /// <summary>Who made the motion (never null).</summary>
    public Person MovedBy { get; } = Guard.Against.Null(MovedBy);

    /// <summary>För annans räkning (on whose behalf, e.g. "alliansens räkning"), or null.</summary>
    public string? OnBehalfOf { get; init; }

    /// <summary>Förslag (the proposed decision, point by point), empty for a plain bifall or avslag.</summary>
    public EquatableArray<string> Points { get; init; }

    /// <summary>Uppdrag (for a referral: what the preparation is to do), or null.</summary>
    public string? Assignment { get; init; }

    /// <summary>Motivering (for a referral in fullmäktige: the reasons set by those demanding it, KL 5 kap. 50 §), or null.</summary>
    public string? Reasons { get; init; }

    /// <summary>Bifall till (for an approval of another motion: the index of that motion in the paragraph), or null.</summary>
    public int? Supports { get; init; }

    /// <summary>Instämmer (other members who joined the motion, e.g. a minority demanding a referral).</summary>
    public EquatableArray<Person> Supporters { get; init; }
}
