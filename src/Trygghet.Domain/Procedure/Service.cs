namespace Trygghet.Domain.Procedure;

/// <summary>
/// Tjänstgöring per paragraf (who served in each paragraph of a protocol): members and serving substitutes in the
/// paragraphs they are recorded for, without those recorded as disqualified (jäv) in it.
/// </summary>
internal static class Service
{
    /// <summary>True when an entry recorded for <paramref name="paragraphs"/> (empty: the whole meeting) covers a paragraph.</summary>
    public static bool Covers(Common.EquatableArray<int> paragraphs, int paragraph) => paragraphs.IsEmpty || paragraphs.Items.Contains(paragraph);

    /// <summary>True when the person is recorded as disqualified in the paragraph.</summary>
    public static bool IsDisqualified(Paragraph paragraph, Person person)
    {
        foreach (var d in paragraph.Disqualifications)
        {
            if (d.Person.IsSamePerson(person))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The people serving in a paragraph, each once, members first, in the meeting's order.</summary>
    public static List<Person> ServingIn(Meeting meeting, Paragraph paragraph)
    {
        var serving = new List<Person>();
        var names = new HashSet<string>(StringComparer.Ordinal);
        foreach (var m in meeting.Members)
        {
            if (Covers(m.Paragraphs, paragraph.Number) && !IsDisqualified(paragraph, m.Person) && names.Add(m.Person.Name))
            {
                serving.Add(m.Person);
            }
        }

        foreach (var s in meeting.ServingSubstitutes)
        {
            if (Covers(s.Paragraphs, paragraph.Number) && !IsDisqualified(paragraph, s.Person) && names.Add(s.Person.Name))
            {
                serving.Add(s.Person);
            }
        }

        return serving;
    }

    /// <summary>
    /// Närvarande vid beslutförhet (the count quorum is judged on in a paragraph): those serving in it; in fullmäktige
    /// also the disqualified members nobody replaced, since jäv does not make fullmäktige inquorate (KL 5 kap. 46 §),
    /// while in a nämnd a disqualified member who leaves counts as absent (6 kap. 27 and 30 §§).
    /// </summary>
    public static int QuorumCount(Meeting meeting, Paragraph paragraph)
    {
        var serving = ServingIn(meeting, paragraph);
        if (!meeting.Body.IsCouncil)
        {
            return serving.Count;
        }

        var count = serving.Count;
        foreach (var d in paragraph.Disqualifications)
        {
            if (IsRecordedServing(meeting, d.Person, paragraph.Number) && !IsReplaced(meeting, d.Person, paragraph.Number))
            {
                count++;
            }
        }

        return count;
    }

    private static bool IsRecordedServing(Meeting meeting, Person person, int paragraph)
    {
        foreach (var m in meeting.Members)
        {
            if (m.Person.IsSamePerson(person) && Covers(m.Paragraphs, paragraph))
            {
                return true;
            }
        }

        foreach (var s in meeting.ServingSubstitutes)
        {
            if (s.Person.IsSamePerson(person) && Covers(s.Paragraphs, paragraph))
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsReplaced(Meeting meeting, Person person, int paragraph)
    {
        foreach (var s in meeting.ServingSubstitutes)
        {
            if (s.ServingFor is { } f && f.IsSamePerson(person) && Covers(s.Paragraphs, paragraph))
            {
                return true;
            }
        }

        return false;
    }
}
