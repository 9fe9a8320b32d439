using System.Globalization;
using System.Text;

namespace Trygghet.Domain.Procedure;

/// <summary>
/// Tillkännagivande om justering (the notice of a protocol's justering as the notice board publishes it, KL 8 kap.
/// 12 §): the organ, the meeting day, where the protocol is kept, the day the notice went up, the earliest day it may
/// come down, and how to appeal under 13 kap. Made from a protocol with <see cref="For"/>; rendered as text with
/// <see cref="ToText"/> and as JSON with <see cref="NoticeBoard.ToJson(NoticeBoardEntry)"/>.
/// </summary>
/// <remarks>Equality compares all values.</remarks>
public sealed record NoticeBoardEntry
{
    /// <summary>Organ (the body whose protocol was attested, e.g. "Trygghetsutskottet").</summary>
    public required string Organ { get; init; }

    /// <summary>Organtyp (the kind of body).</summary>
    public required BodyKind BodyKind { get; init; }

    /// <summary>Sammanträdesdatum (the meeting day).</summary>
    public required DateOnly MeetingDate { get; init; }

    /// <summary>Justeringsdag (the day the protocol was attested).</summary>
    public required DateOnly Attested { get; init; }

    /// <summary>Datum för anslags uppsättande (the day the notice went up; the appeal period counts from it).</summary>
    public required DateOnly Posted { get; init; }

    /// <summary>Överklagandetidens sista dag (the last day an appeal may reach the court, KL 13 kap. 5 §).</summary>
    public required DateOnly AppealPeriodEnds { get; init; }

    /// <summary>
    /// Tidigaste dag för anslags nedtagande (the first day the notice may come down: the notice must stay up for the
    /// whole appeal period, KL 8 kap. 12 § and 13 kap. 5 § third sentence, per <see cref="ProcedureSettings.NoticeRemoval"/>).
    /// </summary>
    public required DateOnly EarliestRemoval { get; init; }

    /// <summary>Förvaringsplats för protokoll (where the protocol is kept), or null when the protocol does not say.</summary>
    public string? ProtocolKeptAt { get; init; }

    /// <summary>Paragrafer (the protocol's paragraph numbers, in order).</summary>
    public EquatableArray<int> Paragraphs { get; init; }

    /// <summary>Identitet (a stable id for feeds: organ and meeting day, e.g. "trygghetsutskottet-2020-11-20").</summary>
    public string Id => $"{Slug(Organ)}-{Iso(MeetingDate)}";

    /// <summary>Anslaget (true when the notice is up on <paramref name="date"/>: posted and not yet at its earliest removal day).</summary>
    /// <param name="date">The day.</param>
    /// <returns>Whether the notice belongs on the board that day.</returns>
    public bool IsCurrentOn(DateOnly date) => date >= Posted && date < EarliestRemoval;

    /// <summary>Tillkännagivandet för ett protokoll (the notice of a protocol's justering).</summary>
    /// <param name="protocol">An attested protocol.</param>
    /// <param name="posted">The day the notice goes up; by default the protocol's recorded <see cref="Protocol.Notice"/>.</param>
    /// <param name="settings">Settings (the removal policy, moving deadlines), or null for the defaults.</param>
    /// <returns>The notice.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="protocol"/> is null.</exception>
    /// <exception cref="InvalidOperationException">The protocol is not attested (there is no justering to announce).</exception>
    /// <exception cref="ArgumentException">No posting day is given or recorded, or it is before the justering.</exception>
    public static NoticeBoardEntry For(Protocol protocol, DateOnly? posted = null, ProcedureSettings? settings = null)
    {
        Guard.Against.Null(protocol);
        var attested = protocol.Attestation?.Date
            ?? throw DomainGuards.InvalidState("Protokollet är inte justerat: det finns ingen justering att tillkännage.", "The protocol is not attested: there is no justering to announce.");
        var day = posted ?? protocol.Notice?.Posted
            ?? throw DomainGuards.Invalid(nameof(posted), "Protokollet anger ingen dag för anslaget: ange dagen då tillkännagivandet sätts upp.", "The protocol records no posting day: give the day the notice goes up.");
        var chain = ProcedureDeadlines.Compute(protocol.Meeting.Date, attested, day, null, protocol.Meeting.Body.Kind, settings);
        return new NoticeBoardEntry
        {
            Organ = protocol.Meeting.Body.Name,
            BodyKind = protocol.Meeting.Body.Kind,
            MeetingDate = protocol.Meeting.Date,
            Attested = attested,
            Posted = day,
            AppealPeriodEnds = chain.AppealPeriodEnds.Date,
            EarliestRemoval = chain.EarliestRemoval,
            ProtocolKeptAt = protocol.Notice?.ProtocolKeptAt,
            Paragraphs = protocol.Paragraphs.Select(p => p.Number).ToEquatableArray(),
        };
    }

    /// <summary>Hur man överklagar (how to appeal: laglighetsprövning under KL 13 kap. 1, 4 and 5 §§), one paragraph.</summary>
    /// <param name="culture">Swedish unless an English culture.</param>
    /// <returns>The text.</returns>
    public string AppealInstructions(CultureInfo? culture) => new LocalizedText(
        "Varje medlem av kommunen har rätt att få lagligheten av beslutet prövad genom att överklaga det till förvaltningsrätten "
            + "(kommunallagen 13 kap. 1 §). Överklagandet görs skriftligt och ska ange vilket beslut som överklagas och de omständigheter "
            + "som överklagandet grundas på (13 kap. 4 §). Det ska ha kommit in till förvaltningsrätten inom tre veckor från den dag "
            + $"då justeringen tillkännagavs, det vill säga senast {Iso(AppealPeriodEnds)} (13 kap. 5 §).",
        "Every member of the municipality may have the legality of the decision reviewed by appealing to the administrative court "
            + "(Local Government Act ch. 13 s. 1). The appeal is made in writing, stating which decision is appealed and the "
            + "circumstances it rests on (ch. 13 s. 4). It must reach the administrative court within three weeks of the day the "
            + $"attestation was announced, that is by {Iso(AppealPeriodEnds)} (ch. 13 s. 5).").Get(culture);

    /// <summary>Tillkännagivandet som text (the notice as the notice board shows it), Swedish unless an English culture.</summary>
    /// <param name="culture">The language.</param>
    /// <returns>The text, lines separated by '\n'.</returns>
    public string ToText(CultureInfo? culture)
    {
        string T(string swedish, string english) => new LocalizedText(swedish, english).Get(culture);
        var text = new StringBuilder()
            .Append(T("ANSLAG/BEVIS", "NOTICE OF ATTESTATION")).Append('\n')
            .Append(T("Protokollet är justerat. Justeringen har tillkännagivits genom anslag.", "The protocol is attested. The attestation is announced by this notice.")).Append('\n')
            .Append('\n')
            .Append(T("Organ: ", "Organ: ")).Append(Organ).Append('\n')
            .Append(T("Sammanträdesdatum: ", "Meeting date: ")).Append(Iso(MeetingDate)).Append('\n')
            .Append(T("Paragrafer: ", "Paragraphs: ")).Append(Paragraphs.Count == 0 ? "-" : "§§ " + string.Join(", ", Paragraphs)).Append('\n')
            .Append(T("Datum för anslags uppsättande: ", "Notice posted: ")).Append(Iso(Posted)).Append('\n')
            .Append(T("Datum för anslags nedtagande, tidigast: ", "Notice may come down, at the earliest: ")).Append(Iso(EarliestRemoval)).Append('\n')
            .Append(T("Förvaringsplats för protokoll: ", "Protocol kept at: ")).Append(ProtocolKeptAt ?? T("ej angiven", "not stated")).Append('\n')
            .Append('\n')
            .Append(AppealInstructions(culture)).Append('\n');
        return text.ToString();
    }

    private static string Iso(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static string Slug(string text)
    {
        var slug = new StringBuilder(text.Length);
        foreach (var c in text.Normalize(NormalizationForm.FormD).ToLowerInvariant())
        {
            if (char.IsAsciiLetterOrDigit(c))
            {
                slug.Append(c);
            }
            else if (char.GetUnicodeCategory(c) != UnicodeCategory.NonSpacingMark && slug.Length > 0 && slug[^1] != '-')
            {
                slug.Append('-');
            }
        }

        return slug.ToString().TrimEnd('-');
    }
}
