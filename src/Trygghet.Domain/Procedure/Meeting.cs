using System.Globalization;

namespace Trygghet.Domain.Procedure;

/// <summary>Sammanträde (a meeting of a body): date, place and time, who served and who else attended.</summary>
/// <remarks>Equality is structural over all properties (lists compare element by element).</remarks>
public sealed record Meeting
{
    /// <summary>Creates a meeting.</summary>
    /// <param name="body">Organ (the body that met).</param>
    /// <param name="date">Sammanträdesdatum (the meeting date).</param>
    /// <param name="start">Starttid (start time), or null.</param>
    /// <param name="end">Sluttid (end time), or null; not before <paramref name="start"/>.</param>
    /// <exception cref="ArgumentNullException"><paramref name="body"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="end"/> is before <paramref name="start"/>.</exception>
    public Meeting(Body body, DateOnly date, TimeOnly? start = null, TimeOnly? end = null)
    {
        Guard.Against.Null(body);
        if (start is { } s && end is { } e && e < s)
        {
            throw DomainGuards.OutOfRange(
                nameof(end),
                e,
                string.Create(CultureInfo.InvariantCulture, $"Ett sammanträde kan inte sluta ({e:HH:mm}) innan det börjar ({s:HH:mm})."),
                string.Create(CultureInfo.InvariantCulture, $"A meeting must not end ({e:HH:mm}) before it starts ({s:HH:mm})."));
        }

        Body = body;
        Date = Guard.Against.OutsideSupportedDates(date, nameof(date));
        Start = start;
        End = end;
    }

    /// <summary>Organ (the body that met).</summary>
    public Body Body { get; }

    /// <summary>Sammanträdesdatum (the meeting date); the law that applies is the law in force on this day.</summary>
    public DateOnly Date { get; }

    /// <summary>Starttid (start time), or null.</summary>
    public TimeOnly? Start { get; }

    /// <summary>Sluttid (end time), or null.</summary>
    public TimeOnly? End { get; }

    /// <summary>Plats (place, e.g. "Distans genom Teams"), or null.</summary>
    public string? Place { get; init; }

    /// <summary>
    /// Tillkännagivet (the day time, place and matters of a fullmäktige meeting were announced on the notice board,
    /// KL 5 kap. 13 §: at least a week before), or null when not recorded.
    /// </summary>
    public DateOnly? Announced { get; init; }

    /// <summary>
    /// Kallelse skickad (the day members and substitutes were summoned: fullmäktige at least a week before, KL 5 kap.
    /// 15 §; a nämnd as its reglemente says, <see cref="ProcedureSettings.CommitteeSummonsDays"/>), or null when not recorded.
    /// </summary>
    public DateOnly? Summoned { get; init; }

    /// <summary>Ajournering (adjournments as written); empty when none.</summary>
    public EquatableArray<string> Adjournments { get; init; }

    /// <summary>Beslutande ledamöter (members present and serving).</summary>
    public EquatableArray<Member> Members { get; init; }

    /// <summary>Tjänstgörande ersättare (substitutes serving for absent members).</summary>
    public EquatableArray<ServingSubstitute> ServingSubstitutes { get; init; }

    /// <summary>Närvarande ersättare (substitutes present but not serving; KL 6 kap. 17 §).</summary>
    public EquatableArray<Person> PresentSubstitutes { get; init; }

    /// <summary>Frånvarande ledamöter (absent members, when the protocol names them).</summary>
    public EquatableArray<Person> AbsentMembers { get; init; }

    /// <summary>Övriga deltagare (officials and guests).</summary>
    public EquatableArray<Participant> OtherParticipants { get; init; }

    /// <summary>
    /// Antal tjänstgörande (members plus serving substitutes listed for the meeting). Quorum is judged per paragraph:
    /// see <see cref="Protocol.IsQuorateIn"/>.
    /// </summary>
    public int ServingCount => Members.Count + ServingSubstitutes.Count;

    /// <summary>
    /// Beslutförhet (quorum) for the meeting as listed: null when the body's seats are unknown, otherwise whether more
    /// than half of all seats were filled by the members and substitutes listed (KL 5 kap. 45 §, 6 kap. 27 §). When
    /// service changes during the meeting, judge each paragraph with <see cref="Protocol.IsQuorateIn"/>.
    /// </summary>
    public bool? IsQuorate => Body.Seats is { } seats ? Quorum.IsQuorate(ServingCount, seats) : null;

    /// <summary>True when the person serves at the meeting, as member or serving substitute.</summary>
    /// <param name="person">The person.</param>
    /// <returns>True when serving.</returns>
    public bool IsServing(Person person)
    {
        Guard.Against.Null(person);
        foreach (var m in Members)
        {
            if (m.Person.IsSamePerson(person))
            {
                return true;
            }
        }

        foreach (var s in ServingSubstitutes)
        {
            if (s.Person.IsSamePerson(person))
            {
                return true;
            }
        }

        return false;
    }
}
