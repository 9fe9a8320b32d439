namespace Trygghet.Domain.Serialization;

/// <summary>Reads and writes a <see cref="CaseNumber"/> as its text, e.g. "KS 25/0311".</summary>
internal sealed class CaseNumberJsonConverter() : TextJsonConverter<CaseNumber>(
    new LocalizedText("Ett diarienummer ska vara en sträng, t.ex. \"KS 25/0311\".", "A case number must be a string, e.g. \"KS 25/0311\"."),
    CaseNumber.TryParse);
