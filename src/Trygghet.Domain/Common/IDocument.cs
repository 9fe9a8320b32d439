namespace Trygghet.Domain.Common;

/// <summary>Dokumenttyp (kind of top-level document).</summary>
public enum DocumentKind
{
    /// <summary>Samverkansöverenskommelse (cooperation agreement).</summary>
    CooperationAgreement,

    /// <summary>Medborgarlöfte (citizen promise).</summary>
    CitizenPromise,

    /// <summary>Handlingsplan (action programme).</summary>
    ActionProgramme,

    /// <summary>Idéburet offentligt partnerskap, IOP (public civic partnership).</summary>
    PublicCivicPartnership,

    /// <summary>Protokoll (protocol of a meeting).</summary>
    Protocol,

    /// <summary>Anslagsbeslut (decision appropriating money).</summary>
    AppropriationDecision,

    /// <summary>Återrapportering från ett råd (a council's report).</summary>
    CouncilReport,

    /// <summary>Portfölj (several documents of one municipality and police area, checked together).</summary>
    Portfolio,

    /// <summary>Kommunens brottsförebyggande ansvar (a municipality's duty file under Lag (2023:196)).</summary>
    CrimePreventionDuty,

    /// <summary>Protokollsutdrag (an extract of a protocol: some paragraphs and the certification that they agree with the original).</summary>
    ProtocolExtract,
    /// <summary>Protokollserie (one body's protocols checked together, with its delegated decisions).</summary>
    ProtocolSeries,
}

/// <summary>Dokument (a top-level document that can be validated).</summary>
public interface IDocument
{
    /// <summary>Which kind of document this is.</summary>
    DocumentKind Kind { get; }

    /// <summary>Rubrik (the document's title as written).</summary>
    string Title { get; }
}
