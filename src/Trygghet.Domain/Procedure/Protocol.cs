using System.Collections.Immutable;
using System.Globalization;

namespace Trygghet.Domain.Procedure;

/// <summary>
/// Protokoll (the minutes of a meeting): who served, the paragraphs, the justering and its notice on the
/// anslagstavla, and what happened afterwards (appeals, finality).
/// </summary>
/// <remarks>
/// Changes go through named transitions (<see cref="WithAttestation"/>, <see cref="WithNotice"/>, ...) that return new
/// instances. Equality is structural.
/// </remarks>
public sealed record Protocol : IDocument
{
    /// <summary>Creates a protocol.</summary>
    /// <param name="meeting">Sammanträdet (the meeting).</param>
    /// <param name="paragraphs">Paragrafer (in protocol order; numbers unique).</param>
    /// <exception cref="ArgumentNullException"><paramref name="meeting"/> is null.</exception>
    /// <exception cref="ArgumentException">Two paragraphs share a number.</exception>
    public Protocol(Meeting meeting, EquatableArray<Paragraph> paragraphs)
    {
        Paragraphs = paragraphs;
        Meeting = Guard.Against.Null(meeting);
    }

    /// <inheritdoc/>
    public DocumentKind Kind => DocumentKind.Protocol;

    /// <summary>Rubrik ("Protokoll Trygghetsutskottet 2020-11-20").</summary>
    public string Title => string.Create(CultureInfo.InvariantCulture, $"Protokoll {Meeting.Body.Name} {Meeting.Date:yyyy-MM-dd}");

    /// <summary>Sammanträdet (the meeting).</summary>
    public Meeting Meeting { get; }

    /// <summary>Paragrafer (in protocol order).</summary>
    public EquatableArray<Paragraph> Paragraphs
    {
        get;
        private init
        {
            RequireUniqueNumbers(value);
            field = value;
        }
    }

    /// <summary>Sekreterare (secretary), or null.</summary>
    public Person? Secretary { get; init; }

    /// <summary>Mötesordförande (who chaired the meeting), or null.</summary>
    public Person? Chair { get; init; }

    /// <summary>Utses att justera (the appointed justerare).</summary>
    public EquatableArray<Person> Attesters { get; init; }

    /// <summary>Justeringens plats och tid (the planned place and time of the justering), or null.</summary>
    public Attestation? PlannedAttestation { get; init; }

    /// <summary>Justering (the attestation that took place), or null while not attested.</summary>
    public Attestation? Attestation { get; init; }

    /// <summary>Anslag (the notice of the justering), or null while not posted.</summary>
    public Notice? Notice { get; init; }

    /// <summary>Returns the protocol attested.</summary>
    /// <param name="attestation">The attestation.</param>
    /// <returns>A new protocol.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The attestation is before the meeting.</exception>
    /// <exception cref="InvalidOperationException">The protocol is already attested.</exception>
    public Protocol WithAttestation(Attestation attestation)
    {
        Guard.Against.Null(attestation);
        if (attestation.Date < Meeting.Date)
        {
            throw DomainGuards.OutOfRange(nameof(attestation), attestation.Date, "Ett protokoll kan inte justeras före sammanträdet.", "A protocol cannot be attested before the meeting.");
        }

        return Attestation is null
            ? this with { Attestation = attestation }
            : throw DomainGuards.InvalidState(
                string.Create(CultureInfo.InvariantCulture, $"Protokollet justerades redan {Attestation.Date:yyyy-MM-dd}."),
                string.Create(CultureInfo.InvariantCulture, $"The protocol was already attested on {Attestation.Date:yyyy-MM-dd}."));
    }

    /// <summary>Returns the protocol with the justering announced on the notice board.</summary>
    /// <param name="notice">The notice.</param>
    /// <returns>A new protocol.</returns>
    /// <exception cref="InvalidOperationException">The protocol is not attested, or a notice is already recorded.</exception>
    /// <exception cref="ArgumentOutOfRangeException">The notice is posted before the attestation.</exception>
    public Protocol WithNotice(Notice notice)
    {
        Guard.Against.Null(notice);
        if (Attestation is null)
        {
            throw DomainGuards.InvalidState("Bara ett justerat protokolls justering kan tillkännages.", "Only an attested protocol's justering can be announced.");
        }

        if (Notice is not null)
        {
            throw DomainGuards.InvalidState(
                string.Create(CultureInfo.InvariantCulture, $"Ett anslag sattes redan upp {Notice.Posted:yyyy-MM-dd}."),
                string.Create(CultureInfo.InvariantCulture, $"A notice was already posted on {Notice.Posted:yyyy-MM-dd}."));
        }

        return notice.Posted < Attestation.Date
            ? throw DomainGuards.OutOfRange(nameof(notice), notice.Posted, "Justeringen kan inte tillkännages innan den har skett.", "The justering cannot be announced before it took place.")
            : this with { Notice = notice };
    }

    /// <summary>Returns the protocol with its notice taken down.</summary>
    /// <param name="removed">The day removed.</param>
    /// <returns>A new protocol.</returns>
    /// <exception cref="InvalidOperationException">No notice is posted, or it was already removed.</exception>
    public Protocol WithNoticeRemoved(DateOnly removed) =>
        Notice is null ? throw DomainGuards.InvalidState("Inget anslag är uppsatt.", "No notice is posted.") : this with { Notice = Notice.WithRemoved(removed) };

    /// <summary>Returns the protocol with one paragraph attested at once (omedelbar justering).</summary>
    /// <param name="number">The paragraph number.</param>
    /// <param name="attestation">The attestation.</param>
    /// <returns>A new protocol.</returns>
    public Protocol WithImmediateAttestation(int number, Attestation attestation)
    {
        Guard.Against.Null(attestation);
        return Replace(number, p => p.ImmediateAttestation is null
            ? p with { ImmediateAttestation = attestation }
            : throw DomainGuards.InvalidState($"§ {number} är redan justerad.", $"§ {number} was already attested."));
    }

    /// <summary>Returns the protocol with the notice of a paragraph's omedelbar justering.</summary>
    /// <param name="number">The paragraph number.</param>
    /// <param name="notice">The notice.</param>
    /// <returns>A new protocol.</returns>
    /// <exception cref="InvalidOperationException">The paragraph is not attested at once, or its notice is already recorded.</exception>
    /// <exception cref="ArgumentOutOfRangeException">The notice is posted before the paragraph's attestation.</exception>
    public Protocol WithImmediateNotice(int number, Notice notice)
    {
        Guard.Against.Null(notice);
        return Replace(number, p =>
        {
            if (p.ImmediateAttestation is null)
            {
                throw DomainGuards.InvalidState($"§ {number} justerades inte omedelbart.", $"§ {number} was not attested at once.");
            }

            if (p.ImmediateNotice is not null)
            {
                throw DomainGuards.InvalidState($"Anslaget om § {number} är redan uppsatt.", $"The notice of § {number} was already posted.");
            }

            return notice.Posted < p.ImmediateAttestation.Date
                ? throw DomainGuards.OutOfRange(nameof(notice), notice.Posted, "Justeringen kan inte tillkännages innan den har skett.", "The justering cannot be announced before it took place.")
                : p with { ImmediateNotice = notice };
        });
    }

    /// <summary>Returns the protocol with an appeal registered against a paragraph.</summary>
    /// <param name="number">The paragraph number.</param>
    /// <param name="appeal">The appeal.</param>
    /// <returns>A new protocol.</returns>
    public Protocol WithAppeal(int number, Appeal appeal)
    {
        Guard.Against.Null(appeal);
        return Replace(number, p => p with { Appeals = p.Appeals.Add(appeal) });
    }

    /// <summary>Returns the protocol with a paragraph recorded as legally final (laga kraft) from a day.</summary>
    /// <param name="number">The paragraph number.</param>
    /// <param name="from">The first day it is final.</param>
    /// <returns>A new protocol.</returns>
    public Protocol WithParagraphFinal(int number, DateOnly from) => Replace(number, p => p with { LegallyFinalFrom = from });

    /// <summary>The paragraph with a number, or null.</summary>
    /// <param name="number">The § number.</param>
    /// <returns>The paragraph or null.</returns>
    public Paragraph? FindParagraph(int number)
    {
        foreach (var p in Paragraphs)
        {
            if (p.Number == number)
            {
                return p;
            }
        }

        return null;
    }

    /// <summary>
    /// Tjänstgörande i paragrafen (who served when a paragraph was dealt with): members and serving substitutes
    /// recorded for it (<see cref="Member.Paragraphs"/>, <see cref="ServingSubstitute.Paragraphs"/>), without anyone
    /// recorded as disqualified in it; each person once.
    /// </summary>
    /// <param name="number">The § number.</param>
    /// <returns>The people serving, members first.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The protocol has no such paragraph.</exception>
    public ImmutableArray<Person> ServingIn(int number) => [.. Service.ServingIn(Meeting, Require(number))];

    /// <summary>
    /// Beslutförhet i paragrafen (quorum when a paragraph was dealt with, KL 5 kap. 45-46 §§, 6 kap. 27 §): null when the
    /// body's seats are unknown or no members are listed; in a nämnd a member who left for jäv is absent (6 kap. 30 §),
    /// in fullmäktige jäv does not break quorum (5 kap. 46 §).
    /// </summary>
    /// <param name="number">The § number.</param>
    /// <returns>Whether more than half of all seats were present, or null.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The protocol has no such paragraph.</exception>
    public bool? IsQuorateIn(int number)
    {
        var paragraph = Require(number);
        return Meeting.Body.Seats is { } seats && Meeting.Members.Count > 0 ? Quorum.IsQuorate(Service.QuorumCount(Meeting, paragraph), seats) : null;
    }

    /// <summary>Refuses a null paragraph or two paragraphs with one number (a protocol's and an extract's rule).</summary>
    internal static void RequireUniqueNumbers(EquatableArray<Paragraph> paragraphs)
    {
        var seen = new HashSet<int>();
        foreach (var p in paragraphs)
        {
            Guard.Against.Null(p, nameof(paragraphs));
            if (!seen.Add(p.Number))
            {
                throw DomainGuards.Invalid(nameof(paragraphs), $"Paragraf § {p.Number} förekommer två gånger.", $"Paragraph § {p.Number} occurs twice.");
            }
        }
    }

    private Paragraph Require(int number) =>
        FindParagraph(number) ?? throw DomainGuards.OutOfRange(nameof(number), number, $"Protokollet har ingen § {number}.", $"The protocol has no § {number}.");

    private Protocol Replace(int number, Func<Paragraph, Paragraph> change)
    {
        var items = Paragraphs.Items;
        for (var i = 0; i < items.Length; i++)
        {
            if (items[i].Number == number)
            {
                return this with { Paragraphs = new EquatableArray<Paragraph>(items.SetItem(i, change(items[i]))) };
            }
        }

        throw DomainGuards.OutOfRange(nameof(number), number, $"Protokollet har ingen § {number}.", $"The protocol has no § {number}.");
    }
}
