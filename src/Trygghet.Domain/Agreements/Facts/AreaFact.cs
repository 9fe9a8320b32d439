using Trygghet.Domain.Rules;

namespace Trygghet.Domain.Agreements.Facts;

/// <summary>
/// Samverkansområde (an area, or a topic of an area, that is not itself divided) as a fact, with the parties
/// that carry commitments in it: its own "Åtaganden för respektive part" and, for a top-level area, the parties
/// responsible for the action plan's measures standing under it. Yielded only when the agreement writes
/// commitments per party in at least one area.
/// </summary>
/// <param name="Path">Path of the area, e.g. <c>$.areas[2].topics[3]</c>.</param>
/// <param name="DocumentKey">Identifies the agreement within a session.</param>
/// <param name="Area">The area's section number as written, or its number.</param>
/// <param name="Title">The area's title.</param>
/// <param name="CommittedParties">The parties with at least one commitment.</param>
/// <param name="MunicipalityName">The municipality's name in the agreement (for messages); null when not named.</param>
/// <param name="PoliceAreaName">The police area's name in the agreement (for messages); null when not named.</param>
public sealed record AreaFact(
    string Path,
    string DocumentKey,
    string Area,
    string Title,
    EquatableArray<PartyKind> CommittedParties,
    string? MunicipalityName,
    string? PoliceAreaName) : IFact;
