using Trygghet.Domain.Agreements;
using Trygghet.Domain.Promises;

namespace Trygghet.Domain.Portfolio;

/// <summary>
/// Portfölj (portfolio): the successive samverkansöverenskommelser and medborgarlöften of one municipality and
/// one local police area, checked together (gaps and overlaps between agreements; promises outside their agreement).
/// </summary>
/// <remarks>
/// Equality is structural. Every agreement and promise that names a municipality or police area must name the
/// portfolio's (same name, ordinal); a document of another municipality is refused with an <see cref="ArgumentException"/>.
/// </remarks>
public sealed record AgreementPortfolio : IDocument
{
    /// <summary>Creates an empty portfolio.</summary>
    /// <param name="title">Rubrik (a title for the portfolio, e.g. "Exempelby kommun och LPO Exempelby").</param>
    /// <param name="municipality">The municipality (kind <see cref="PartyKind.Municipality"/>).</param>
    /// <param name="policeArea">The local police area (kind <see cref="PartyKind.LocalPoliceArea"/>).</param>
    public AgreementPortfolio(string title, Party municipality, Party policeArea)
    {
        Guard.Against.Null(municipality);
        Guard.Against.Null(policeArea);
        Guard.Against.InvalidArgument(
            municipality.Kind != PartyKind.Municipality,
            nameof(municipality),
            "Kommunen ska vara en part av slaget kommun.",
            "The municipality must be a party of kind Municipality.");
        Guard.Against.InvalidArgument(
            policeArea.Kind != PartyKind.LocalPoliceArea,
            nameof(policeArea),
            "Polisområdet ska vara en part av slaget lokalpolisområde.",
            "The police area must be a party of kind LocalPoliceArea.");

        Title = Guard.Against.NullOrWhiteSpace(title);
        Municipality = municipality;
        PoliceArea = policeArea;
    }

    /// <inheritdoc/>
    public DocumentKind Kind => DocumentKind.Portfolio;

    /// <summary>Rubrik (the title).</summary>
    public string Title { get; }

    /// <summary>Kommun (the municipality).</summary>
    public Party Municipality { get; }

    /// <summary>Lokalpolisområde (the local police area).</summary>
    public Party PoliceArea { get; }

    /// <summary>Samverkansöverenskommelser (the agreements, in any order).</summary>
    public EquatableArray<CooperationAgreement> Agreements { get; init => field = OfThisPortfolio(value, a => a.Parties); }

    /// <summary>Medborgarlöften (the promises, in any order).</summary>
    public EquatableArray<CitizenPromise> Promises { get; init => field = OfThisPortfolio(value, p => p.Parties); }

    /// <summary>Returns a copy with an agreement added.</summary>
    /// <param name="agreement">The agreement.</param>
    /// <returns>The new portfolio.</returns>
    public AgreementPortfolio AddAgreement(CooperationAgreement agreement) => this with { Agreements = Agreements.Add(agreement) };

    /// <summary>Returns a copy with a promise added.</summary>
    /// <param name="promise">The promise.</param>
    /// <returns>The new portfolio.</returns>
    public AgreementPortfolio AddPromise(CitizenPromise promise) => this with { Promises = Promises.Add(promise) };

    // Refuses a null document, and one naming a municipality or police area other than the portfolio's.
    private EquatableArray<T> OfThisPortfolio<T>(EquatableArray<T> value, Func<T, EquatableArray<Party>> parties)
        where T : IDocument
    {
        foreach (var document in value)
        {
            Guard.Against.Null(document, nameof(value));
            foreach (var party in parties(document))
            {
                var expected = party.Kind == PartyKind.Municipality ? Municipality : PoliceArea;
                Guard.Against.InvalidArgument(
                    !string.Equals(party.Name, expected.Name, StringComparison.Ordinal),
                    nameof(value),
                    $"'{document.Title}' nämner parten '{party.Name}', men samlingen rymmer dokumenten för '{expected.Name}'.",
                    $"'{document.Title}' names the party '{party.Name}', but the portfolio holds the documents of '{expected.Name}'.");
            }
        }

        return value;
    }
}
