using System.Collections.Immutable;

namespace Trygghet.Domain.Rules;

/// <summary>
/// Regelmetadata (rule metadata): what a rule is called, what it checks, what it rests on and how it reports.
/// The <see cref="Id"/> is a stable public contract: documented, never reused for another meaning.
/// </summary>
/// <remarks>
/// <para>
/// A library rule gives no texts: its <see cref="Name"/>, <see cref="Description"/> and <see cref="Message"/>
/// come from the message catalogues (<see cref="MessageCatalogue"/>) under its <see cref="MessageKey"/>. A
/// caller's own rule may give them inline instead.
/// </para>
/// <para>
/// Equality is record equality; <see cref="Tags"/> compares by reference (an <see cref="ImmutableArray{T}"/>).
/// Metadata is validated when a rule set is built (<see cref="Runtime.RuleSetBuilder.Build"/>), not on construction.
/// </para>
/// </remarks>
public sealed record RuleMetadata
{
    private readonly LocalizedText? name;
    private readonly LocalizedText? description;
    private readonly LocalizedText? message;
    private readonly string? messageKey;
    private readonly Severity? defaultSeverity;

    /// <summary>Regel-id (stable rule id), e.g. "KL-5-69-JUSTERING": upper-case letters A-Z, digits and '-'.</summary>
    public required string Id { get; init; }

    /// <summary>Meddelandenyckel (the key of the rule's texts in the message catalogues); the <see cref="Id"/> unless set.</summary>
    public string MessageKey
    {
        get => messageKey ?? Id;
        init => messageKey = value;
    }

    /// <summary>Namn (name) of the rule: given inline, or from the message catalogues under <see cref="MessageKey"/>.</summary>
    /// <exception cref="InvalidOperationException">Not given inline and missing from a built-in catalogue.</exception>
    public LocalizedText Name
    {
        get => name ?? MessageCatalogue.BuiltIn(MessageKey).Name;
        init => name = value;
    }

    /// <summary>Beskrivning (description): what the rule checks; inline or from the message catalogues.</summary>
    /// <exception cref="InvalidOperationException">Not given inline and missing from a built-in catalogue.</exception>
    public LocalizedText Description
    {
        get => description ?? MessageCatalogue.BuiltIn(MessageKey).Description;
        init => description = value;
    }

    /// <summary>
    /// Meddelandemall (message template) with <c>{named}</c> placeholders filled from the arguments given to
    /// <see cref="Authoring.IRuleContext.Report"/>; inline or from the message catalogues. Every language must
    /// use the same placeholders.
    /// </summary>
    /// <exception cref="InvalidOperationException">Not given inline and missing from a built-in catalogue.</exception>
    public LocalizedText Message
    {
        get => message ?? MessageCatalogue.BuiltIn(MessageKey).Message;
        init => message = value;
    }

    /// <summary>Whether the texts are given inline rather than taken from the message catalogues.</summary>
    public bool HasInlineTexts => name is not null && description is not null && message is not null;

    /// <summary>Grund (basis): law, the document itself, or guidance, with the in-force period of this rule version.</summary>
    public required LegalBasis Basis { get; init; }

    /// <summary>
    /// Standardallvarlighet (default severity) of the rule's findings: the default of the basis kind (law error,
    /// document warning, guidance info) unless set, e.g. a law rule about a record that is only incomplete sets
    /// <see cref="Severity.Warning"/>.
    /// </summary>
    public Severity DefaultSeverity
    {
        get => defaultSeverity ?? Basis?.DefaultSeverity ?? Severity.Error;
        init => defaultSeverity = value;
    }

    /// <summary>Taggar (tags) for grouping rules in catalogues.</summary>
    public ImmutableArray<string> Tags { get; init; } = [];

    /// <summary>Prioritet (priority) on the agenda: higher fires first (the NRules convention). Default 0.</summary>
    public int Priority { get; init; }
}
