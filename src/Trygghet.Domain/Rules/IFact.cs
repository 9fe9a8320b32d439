namespace Trygghet.Domain.Rules;

/// <summary>
/// Faktum (a fact): a record a document yields for the rules to match, about one place in the document. Every fact
/// of the library implements it; a caller's own fact may, so that traces show where it points.
/// </summary>
/// <remarks>
/// A fact states what the document records, looked up and joined (a measure with the number of its area, a
/// commitment with the activities recorded for it); what the law makes of it is the rules' work.
/// </remarks>
public interface IFact
{
    /// <summary>
    /// Sökväg (the path of the place in the document's JSON the fact is about), in the style of a JSON read error:
    /// <c>$</c> for the document, <c>$.validity</c>, <c>$.agreements[1].actionPlan.measures[24]</c>.
    /// </summary>
    string Path { get; }
}
