using Trygghet.Domain.Common;

namespace Trygghet.Domain.Procedure;

/// <summary>
/// Protokollserie (one body's protocols, checked together, with its record of delegationsbeslut): what no single
/// protocol shows, e.g. whether an urgent decision was reported at the next meeting (KL 6 kap. 39-40 §§).
/// </summary>
/// <remarks>
/// Equality is structural. Every protocol must be of the series' body (same name, ordinal); another body's protocol
/// is refused with an <see cref="ArgumentException"/>. Protocols may be given in any order.
/// </remarks>
public sealed record ProtocolSeries : IDocument
{
    /// <summary>Creates an empty series.</summary>
    /// <param name="body">Organ (the nämnd or utskott whose protocols these are).</param>
    /// <exception cref="ArgumentNullException"><paramref name="body"/> is null.</exception>
    public ProtocolSeries(Body body)
    {
        ArgumentNullException.ThrowIfNull(body);
        Body = body;
    }

    /// <inheritdoc/>
    public DocumentKind Kind => DocumentKind.ProtocolSeries;

    /// <summary>Rubrik ("Protokoll Socialnämnden").</summary>
    public string Title => $"Protokoll {Body.Name}";

    /// <summary>Organ (the body).</summary>
    public Body Body { get; }

    /// <summary>Protokoll (the body's protocols, in any order).</summary>
    public EquatableArray<Protocol> Protocols
    {
        get;
        init
        {
            foreach (var protocol in value)
            {
                ArgumentNullException.ThrowIfNull(protocol, nameof(value));
                if (!string.Equals(protocol.Meeting.Body.Name, Body.Name, StringComparison.Ordinal))
                {
                    throw DomainGuards.Localized(
                        new ArgumentException($"The protocol of '{protocol.Meeting.Body.Name}' is not one of '{Body.Name}'.", nameof(Protocols)),
                        $"Protokollet från '{protocol.Meeting.Body.Name}' hör inte till '{Body.Name}'.");
                }
            }

            field = value;
        }
    }

    /// <summary>Delegationsbeslut (the decisions taken on the body's behalf, reported or not, in any order).</summary>
    public EquatableArray<DelegatedDecision> DelegatedDecisions
    {
        get;
        init
        {
            foreach (var decision in value)
            {
                ArgumentNullException.ThrowIfNull(decision, nameof(value));
            }

            field = value;
        }
    }

    /// <summary>Returns a copy with a protocol added.</summary>
    /// <param name="protocol">The protocol.</param>
    /// <returns>The new series.</returns>
    public ProtocolSeries WithProtocol(Protocol protocol) => this with { Protocols = Protocols.Add(protocol) };

    /// <summary>Returns a copy with a delegated decision added.</summary>
    /// <param name="decision">The decision.</param>
    /// <returns>The new series.</returns>
    public ProtocolSeries WithDelegatedDecision(DelegatedDecision decision) => this with { DelegatedDecisions = DelegatedDecisions.Add(decision) };

    /// <summary>
    /// Nästa sammanträde (the first meeting of the series after a day), or null when the series records none.
    /// </summary>
    /// <param name="day">The day.</param>
    /// <returns>The meeting date, or null.</returns>
    public DateOnly? NextMeetingAfter(DateOnly day)
    {
        DateOnly? next = null;
        foreach (var protocol in Protocols)
        {
            var date = protocol.Meeting.Date;
            if (date > day && (next is null || date < next))
            {
                next = date;
            }
        }

        return next;
    }
}
