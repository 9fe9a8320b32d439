using System.Globalization;
using System.Text;

namespace Trygghet.Domain.Procedure;

/// <summary>
/// Fristkalender (the deadline chain as an iCalendar file, RFC 5545): one all-day event per
/// <see cref="DeadlineStep"/>, which a secretary imports into Outlook or any calendar. Importing the file again
/// updates the same events: each event's UID is made from the organ, the meeting day and the step.
/// </summary>
public static class DeadlineCalendar
{
    /// <summary>The iCalendar media type, <c>text/calendar</c>.</summary>
    public const string MediaType = "text/calendar";

    /// <summary>Skriver fristkedjan som iCalendar (writes the chain's steps as a VCALENDAR of all-day VEVENTs).</summary>
    /// <param name="chain">The chain, e.g. from <see cref="ProcedureDeadlines.Compute"/> or <see cref="ProcedureDeadlines.For"/>.</param>
    /// <param name="stamp">When the file is made (DTSTAMP): the library never reads the clock.</param>
    /// <param name="organ">Organ (the body's name, e.g. "Trygghetsutskottet"), or null for the kind of body.</param>
    /// <param name="culture">Language of the texts: Swedish unless an English culture.</param>
    /// <returns>The iCalendar text, lines ending in CRLF and folded at 75 octets.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="chain"/> is null.</exception>
    public static string ToICalendar(DeadlineChain chain, DateTimeOffset stamp, string? organ = null, CultureInfo? culture = null)
    {
        Guard.Against.Null(chain);
        var who = string.IsNullOrWhiteSpace(organ) ? BodyName(chain.Body).Get(culture) : organ.Trim();
        var meeting = Iso(chain.Meeting);
        var identity = Fnv1a($"{who}|{chain.Body}|{meeting}");
        var ics = new ICalendarWriter();
        ics.Line("BEGIN", "VCALENDAR");
        ics.Line("VERSION", "2.0");
        ics.Line("PRODID", "-//Trygghet.Domain//Fristkalender//SV");
        ics.Line("CALSCALE", "GREGORIAN");
        ics.Line("METHOD", "PUBLISH");
        ics.Text("X-WR-CALNAME", $"{who} {meeting}: " + Words(culture, "frister", "deadlines"));
        foreach (var step in DeadlineStep.Steps(chain))
        {
            ics.Line("BEGIN", "VEVENT");
            ics.Line("UID", $"{step.Kind.ToString().ToLowerInvariant()}-{chain.Meeting:yyyyMMdd}-{identity:x16}@trygghet-domain");
            ics.Line("DTSTAMP", stamp.UtcDateTime.ToString("yyyyMMdd'T'HHmmss'Z'", CultureInfo.InvariantCulture));
            ics.Line("DTSTART;VALUE=DATE", Basic(step.Date));
            ics.Line("DTEND;VALUE=DATE", Basic(step.Date.AddDays(1)));
            ics.Text("SUMMARY", $"{who} {meeting}: {step.Name.Get(culture)}");
            ics.Text("DESCRIPTION", Description(step, chain, culture));
            ics.Line("TRANSP", "TRANSPARENT");
            ics.Text("CATEGORIES", Words(culture, "Fristkedja", "Deadline chain"));
            ics.Line("END", "VEVENT");
        }

        ics.Line("END", "VCALENDAR");
        return ics.ToString();
    }

    private static string Description(DeadlineStep step, DeadlineChain chain, CultureInfo? culture)
    {
        var lines = new List<string>
        {
            $"{step.Name.Get(culture)}: {Iso(step.Date)}.",
            Words(culture, "Lagrum: ", "Basis: ") + step.Citation.Get(culture) + ".",
        };
        if (step.IsMoved)
        {
            lines.Add(Words(
                culture,
                $"Flyttad från {Iso(step.Unshifted)} till nästa vardag enligt lag (1930:173).",
                $"Moved from {Iso(step.Unshifted)} to the next working day under Act (1930:173)."));
        }

        if (step.IsProjected)
        {
            lines.Add(chain.Attested is null
                ? Words(culture, "Beräknad från sista justeringsdagen: justeringen är inte angiven.", "Projected from the last attestation day: the attestation is not recorded.")
                : Words(culture, "Beräknad från sista anslagsdagen: anslaget är inte angivet.", "Projected from the last notice day: the posting is not recorded."));
        }

        if (step.Kind == DeadlineStepKind.NoticeMayComeDown)
        {
            lines.Add(Words(
                culture,
                "Tillkännagivandet ska sitta uppe under hela överklagandetiden för att tiden ska löpa ut.",
                "The notice must stay up for the whole appeal period for the period to run out."));
        }

        return string.Join('\n', lines);
    }

    /// <summary>The kind of body in words.</summary>
    internal static LocalizedText BodyName(BodyKind body) => body switch
    {
        BodyKind.Council => new("Kommunfullmäktige", "Municipal council"),
        BodyKind.ExecutiveBoard => new("Kommunstyrelsen", "Executive board"),
        BodyKind.SubCommittee => new("Utskottet", "Sub-committee"),
        _ => new("Nämnden", "Committee"),
    };

    private static string Words(CultureInfo? culture, string swedish, string english) => new LocalizedText(swedish, english).Get(culture);

    private static string Iso(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static string Basic(DateOnly date) => date.ToString("yyyyMMdd", CultureInfo.InvariantCulture);

    // FNV-1a over UTF-8: a stable identity across runs and platforms (string.GetHashCode is randomised per process).
    private static ulong Fnv1a(string text)
    {
        var hash = 14695981039346656037UL;
        foreach (var b in Encoding.UTF8.GetBytes(text))
        {
            hash = (hash ^ b) * 1099511628211UL;
        }

        return hash;
    }
}
