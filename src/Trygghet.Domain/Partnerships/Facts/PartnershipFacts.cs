using Trygghet.Domain.Rules;

namespace Trygghet.Domain.Partnerships.Facts;

/// <summary>Villkor i ett IOP (a term every IOP agreement sets, seed 001 § 36).</summary>
public enum PartnershipTerm
{
    /// <summary>Innehåll (content).</summary>
    Content,

    /// <summary>Ansvar för uppföljning (follow-up responsibility).</summary>
    FollowUpResponsibility,

    /// <summary>Giltighetstid (validity).</summary>
    Validity,

    /// <summary>Finansiering (financing).</summary>
    Financing,
}

/// <summary>Fakta om ett villkor i ett IOP (whether a term is stated, and the partnership's stage).</summary>
/// <param name="Path">JSON path of the term, e.g. <c>$.validity</c>.</param>
/// <param name="Term">Which term.</param>
/// <param name="IsStated">True when the document states it.</param>
/// <param name="Stage">The partnership's stage.</param>
/// <param name="Partner">The partner's name.</param>
public sealed record PartnershipTermFact(string Path, PartnershipTerm Term, bool IsStated, PartnershipStage Stage, string Partner) : IFact;

/// <summary>Turns a <see cref="PublicCivicPartnership"/> into facts for the partnership rules.</summary>
internal static class PartnershipFacts
{
    /// <summary>The facts of a partnership: one per term.</summary>
    /// <param name="partnership">The partnership.</param>
    /// <returns>The facts, each with its JSON path.</returns>
    public static IEnumerable<object> From(PublicCivicPartnership partnership)
    {
        Guard.Against.Null(partnership);
        var stage = partnership.Stage;
        var partner = partnership.Partner.Name;
        yield return new PartnershipTermFact(JsonPath.Member(JsonPath.Root, "content"), PartnershipTerm.Content, !string.IsNullOrWhiteSpace(partnership.Content), stage, partner);
        yield return new PartnershipTermFact(
            JsonPath.Member(JsonPath.Root, "followUpResponsibility"), PartnershipTerm.FollowUpResponsibility, !string.IsNullOrWhiteSpace(partnership.FollowUpResponsibility), stage, partner);
        yield return new PartnershipTermFact(JsonPath.Member(JsonPath.Root, "validity"), PartnershipTerm.Validity, partnership.Validity is not null, stage, partner);
        yield return new PartnershipTermFact(JsonPath.Member(JsonPath.Root, "financing"), PartnershipTerm.Financing, !string.IsNullOrWhiteSpace(partnership.Financing), stage, partner);
    }
}
