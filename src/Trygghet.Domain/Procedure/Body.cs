namespace Trygghet.Domain.Procedure;

/// <summary>Organtyp (kind of decision-making body).</summary>
public enum BodyKind
{
    /// <summary>Kommunfullmäktige (the municipal council).</summary>
    Council,

    /// <summary>Kommunstyrelse (the executive board, a nämnd with special duties).</summary>
    ExecutiveBoard,

    /// <summary>Nämnd (a committee of the council).</summary>
    Committee,

    /// <summary>Utskott (a sub-committee of a nämnd, e.g. Trygghetsutskottet under the kommunstyrelse).</summary>
    SubCommittee,
}

/// <summary>Organ (a decision-making body): kommunfullmäktige, kommunstyrelse, nämnd or utskott.</summary>
/// <remarks>Equality compares name, kind and seats.</remarks>
public sealed record Body
{
    /// <summary>Creates a body.</summary>
    /// <param name="name">Namn (the body's name as written, e.g. "Trygghetsutskottet").</param>
    /// <param name="kind">Organtyp (the kind of body).</param>
    /// <param name="seats">Antal ledamöter (the number of seats), or null when the document does not say.</param>
    /// <exception cref="ArgumentException">The name is empty.</exception>
    /// <exception cref="ArgumentOutOfRangeException">The number of seats is not positive.</exception>
    public Body(string name, BodyKind kind, int? seats = null)
    {
        Guard.Against.NullOrWhiteSpace(name);
        if (seats is { } s)
        {
            Guard.Against.Below(s, 1, nameof(seats));
        }

        Name = name;
        Kind = kind;
        Seats = seats;
    }

    /// <summary>Namn (the body's name).</summary>
    public string Name { get; }

    /// <summary>Organtyp (the kind of body).</summary>
    public BodyKind Kind { get; }

    /// <summary>Antal ledamöter (all seats, filled or not), or null when unknown; quorum is counted against it.</summary>
    public int? Seats { get; }

    /// <summary>True for kommunfullmäktige, where the rules of KL 5 kap. apply directly (minority referral, narrow jäv).</summary>
    public bool IsCouncil => Kind == BodyKind.Council;

    /// <summary>Returns the body with another number of seats.</summary>
    /// <param name="seats">The number of seats.</param>
    /// <returns>A new body.</returns>
    public Body WithSeats(int seats) => new(Name, Kind, seats);
}
