namespace Trygghet.Domain.Agreements;

/// <summary>
/// Åtagande för part (a party's commitment within a samverkansområde), the cell "Åtaganden för respektive part":
/// a text and the party or parties it binds ("Kommunen: ...", "Lokalpolisen: ...", "Kommunen och polis: ...").
/// </summary>
/// <remarks>Equality compares the parties (in order) and the text.</remarks>
public sealed record AreaCommitment
{
    /// <summary>Creates a commitment.</summary>
    /// <param name="parties">The parties it binds: one, or both for a joint commitment; not empty, no repeats.</param>
    /// <param name="text">The commitment as written.</param>
    public AreaCommitment(EquatableArray<PartyKind> parties, string text)
    {
        Guard.Against.InvalidArgument(parties.IsEmpty, nameof(parties), "Ett åtagande binder minst en part.", "A commitment binds at least one party.");
        Guard.Against.InvalidArgument(
            parties.Distinct().Count() != parties.Count || parties.Any(p => !Enum.IsDefined(p)),
            nameof(parties),
            "Ett åtagande nämner varje part en gång, och bara kända slags parter.",
            "A commitment names each party once, and only known kinds of party.");

        Parties = parties;
        Text = Guard.Against.NullOrWhiteSpace(text);
    }

    /// <summary>Parter (the parties the commitment binds).</summary>
    public EquatableArray<PartyKind> Parties { get; }

    /// <summary>Text (the commitment as written).</summary>
    public string Text { get; }

    /// <summary>A commitment of the municipality alone ("Kommunen: ...").</summary>
    /// <param name="text">The text.</param>
    /// <returns>The commitment.</returns>
    public static AreaCommitment Municipality(string text) => new([PartyKind.Municipality], text);

    /// <summary>A commitment of the police alone ("Lokalpolisen: ...").</summary>
    /// <param name="text">The text.</param>
    /// <returns>The commitment.</returns>
    public static AreaCommitment Police(string text) => new([PartyKind.LocalPoliceArea], text);

    /// <summary>A joint commitment ("Kommunen och polis: ...").</summary>
    /// <param name="text">The text.</param>
    /// <returns>The commitment.</returns>
    public static AreaCommitment Joint(string text) => new([PartyKind.Municipality, PartyKind.LocalPoliceArea], text);
}
