using System.Globalization;

namespace Trygghet.Domain.Procedure;

/// <summary>Justering (the attestation of a protocol, or of one paragraph at once: omedelbar justering).</summary>
/// <param name="Date">Justeringsdag (the day the protocol was attested).</param>
public sealed record Attestation(DateOnly Date)
{
    /// <summary>Justeringsdag (the day of attestation), in the supported dates.</summary>
    public DateOnly Date { get; init => field = Guard.Against.OutsideSupportedDates(value, nameof(Date)); } = Guard.Against.OutsideSupportedDates(Date, nameof(Date));

    /// <summary>Tid (time of attestation), or null.</summary>
    public TimeOnly? Time { get; init; }

    /// <summary>Plats (e.g. "Digital justering"), or null.</summary>
    public string? Place { get; init; }

    /// <summary>Justerare (who attested, besides the chair).</summary>
    public EquatableArray<Person> Attesters { get; init; }
}

/// <summary>Anslag (the notice of the attestation on the notice board, KL 8 kap. 12 §).</summary>
/// <remarks>Removal, when recorded, is not before posting.</remarks>
public sealed record Notice
{
    /// <summary>Creates a notice.</summary>
    /// <param name="posted">Datum för anslags uppsättande (the day posted).</param>
    /// <param name="removed">Datum för anslags nedtagande (the day removed), or null while it is up.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="removed"/> is before <paramref name="posted"/>.</exception>
    public Notice(DateOnly posted, DateOnly? removed = null)
    {
        Guard.Against.OutsideSupportedDates(posted, nameof(posted));
        Guard.Against.OutsideSupportedDates(removed, nameof(removed));
        if (removed is { } r && r < posted)
        {
            throw DomainGuards.OutOfRange(
                nameof(removed),
                r,
                string.Create(CultureInfo.InvariantCulture, $"Ett anslag kan inte tas ned ({r:yyyy-MM-dd}) innan det sattes upp ({posted:yyyy-MM-dd})."),
                string.Create(CultureInfo.InvariantCulture, $"A notice cannot be removed ({r:yyyy-MM-dd}) before it was posted ({posted:yyyy-MM-dd})."));
        }

        Posted = posted;
        Removed = removed;
    }

    /// <summary>Datum för anslags uppsättande (the day posted).</summary>
    public DateOnly Posted { get; }

    /// <summary>Datum för anslags nedtagande (the day removed), or null while it is up.</summary>
    public DateOnly? Removed { get; }

    /// <summary>Förvaringsplats för protokoll (where the protocol is kept, as the notice must say), or null.</summary>
    public string? ProtocolKeptAt { get; init; }

    /// <summary>Returns the notice taken down on a day.</summary>
    /// <param name="removed">The day removed.</param>
    /// <returns>A new notice.</returns>
    /// <exception cref="InvalidOperationException">The notice was already removed.</exception>
    public Notice WithRemoved(DateOnly removed) =>
        Removed is null
            ? new Notice(Posted, removed) { ProtocolKeptAt = ProtocolKeptAt }
            : throw DomainGuards.InvalidState(
                string.Create(CultureInfo.InvariantCulture, $"Anslaget togs redan ned {Removed:yyyy-MM-dd}."),
                string.Create(CultureInfo.InvariantCulture, $"The notice was already removed on {Removed:yyyy-MM-dd}."));
}
