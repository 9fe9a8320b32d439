using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace Trygghet.Domain.Procedure;

/// <summary>
/// Anslagstavla (the digital notice board, KL 8 kap. 9 §): the notices of justering that are up on a given day, as
/// structured JSON and as a JSON Feed (version 1.1) that a web page or a feed reader can publish.
/// </summary>
public static class NoticeBoard
{
    /// <summary>The JSON Feed version this board writes.</summary>
    public const string JsonFeedVersion = "https://jsonfeed.org/version/1.1";

    /// <summary>Aktuella anslag (the notices that are up on <paramref name="asOf"/>), oldest posting first.</summary>
    /// <param name="notices">The notices, e.g. from <see cref="NoticeBoardEntry.For"/>.</param>
    /// <param name="asOf">The day.</param>
    /// <returns>The current notices.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="notices"/> is null.</exception>
    public static IReadOnlyList<NoticeBoardEntry> Current(IEnumerable<NoticeBoardEntry> notices, DateOnly asOf)
    {
        Guard.Against.Null(notices);
        return [.. notices.Where(n => n.IsCurrentOn(asOf)).OrderBy(n => n.Posted).ThenBy(n => n.Organ, StringComparer.Ordinal)];
    }

    /// <summary>Tillkännagivandet som JSON (one notice as a JSON object; dates as YYYY-MM-DD, texts in both languages).</summary>
    /// <param name="notice">The notice.</param>
    /// <returns>The JSON text.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="notice"/> is null.</exception>
    public static string ToJson(NoticeBoardEntry notice)
    {
        Guard.Against.Null(notice);
        return Write(w => Record(w, notice));
    }

    /// <summary>
    /// Flöde av aktuella anslag (a JSON Feed 1.1 of the notices up on <paramref name="asOf"/>): each item has the
    /// notice's id, a title, its Swedish text, and the structured notice under the extension key <c>_notice</c>.
    /// </summary>
    /// <param name="notices">All notices; those not up on <paramref name="asOf"/> are left out.</param>
    /// <param name="asOf">The day.</param>
    /// <param name="title">The feed's title, e.g. "Exempelby kommuns anslagstavla".</param>
    /// <returns>The JSON Feed text.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="notices"/> or <paramref name="title"/> is null.</exception>
    public static string ToJsonFeed(IEnumerable<NoticeBoardEntry> notices, DateOnly asOf, string title)
    {
        Guard.Against.Null(title);
        var current = Current(notices, asOf);
        return Write(w =>
        {
            w.WriteStartObject();
            w.WriteString("version", JsonFeedVersion);
            w.WriteString("title", title);
            w.WriteString("language", "sv");
            w.WriteStartObject("_board");
            w.WriteString("asOf", Iso(asOf));
            w.WriteEndObject();
            w.WriteStartArray("items");
            foreach (var notice in current)
            {
                w.WriteStartObject();
                w.WriteString("id", notice.Id);
                w.WriteString("title", $"{notice.Organ} {Iso(notice.MeetingDate)}: justerat protokoll");
                w.WriteString("content_text", notice.ToText(null));
                w.WritePropertyName("_notice");
                Record(w, notice);
                w.WriteEndObject();
            }

            w.WriteEndArray();
            w.WriteEndObject();
        });
    }

    private static void Record(Utf8JsonWriter w, NoticeBoardEntry notice)
    {
        var english = CultureInfo.GetCultureInfo("en");
        w.WriteStartObject();
        w.WriteString("id", notice.Id);
        w.WriteString("organ", notice.Organ);
        w.WriteString("body", notice.BodyKind switch
        {
            BodyKind.Council => "council",
            BodyKind.ExecutiveBoard => "executiveBoard",
            BodyKind.SubCommittee => "subCommittee",
            _ => "committee",
        });
        w.WriteString("meetingDate", Iso(notice.MeetingDate));
        w.WriteString("attested", Iso(notice.Attested));
        w.WriteString("posted", Iso(notice.Posted));
        w.WriteString("appealPeriodEnds", Iso(notice.AppealPeriodEnds));
        w.WriteString("earliestRemoval", Iso(notice.EarliestRemoval));
        if (notice.ProtocolKeptAt is { } kept)
        {
            w.WriteString("protocolKeptAt", kept);
        }
        else
        {
            w.WriteNull("protocolKeptAt");
        }

        w.WriteStartArray("paragraphs");
        foreach (var number in notice.Paragraphs)
        {
            w.WriteNumberValue(number);
        }

        w.WriteEndArray();
        w.WriteString("appeal", notice.AppealInstructions(null));
        w.WriteString("appealEn", notice.AppealInstructions(english));
        w.WriteEndObject();
    }

    private static string Write(Action<Utf8JsonWriter> write)
    {
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer, new JsonWriterOptions { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            write(writer);
        }

        return Encoding.UTF8.GetString(buffer.ToArray());
    }

    private static string Iso(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
