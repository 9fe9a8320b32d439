using Trygghet.Domain.Procedure;
using Trygghet.Domain.Rules;

namespace Trygghet.Domain.Validation;

/// <summary>
/// Granskare (validator): the entry point for integrators. Give it any top-level document (agreement, promise,
/// plan, partnership, protocol, appropriation decision, council report or a portfolio) and an as-of date; it
/// runs the rules and returns a <see cref="ValidationReport"/>.
/// </summary>
/// <remarks>
/// The rule set is compiled once, in the constructor; a validator is immutable and thread-safe, so create one
/// per configuration and reuse it. Law versions are chosen by the evaluation date: a protocol's meeting date,
/// otherwise the as-of date.
/// </remarks>
public sealed class TrygghetValidator
{
    private static readonly Lazy<TrygghetValidator> LazyDefault = new(() => new TrygghetValidator());
    private readonly ConfiguredRules rules;

    /// <summary>Compiles a validator.</summary>
    /// <param name="options">The configuration; <see cref="TrygghetValidatorOptions.Default"/> when null.</param>
    /// <exception cref="ArgumentException">A rule's metadata is invalid or two versions of a rule overlap.</exception>
    /// <exception cref="InvalidOperationException">A disabled or re-graded rule id is unknown.</exception>
    public TrygghetValidator(TrygghetValidatorOptions? options = null)
    {
        Options = options ?? TrygghetValidatorOptions.Default;
        rules = new ConfiguredRules(Options);
    }

    /// <summary>The validator with the default configuration (compiled on first use).</summary>
    public static TrygghetValidator Default => LazyDefault.Value;

    /// <summary>Inställningar (the configuration this validator was compiled from).</summary>
    public TrygghetValidatorOptions Options { get; }

    /// <summary>Regler (the metadata of the rule versions that run, after configuration).</summary>
    public IReadOnlyList<RuleMetadata> Rules => rules.Rules;

    /// <summary>
    /// Tillämpningsdatum (the date whose law applies): a protocol's or a protocol extract's meeting date, otherwise <paramref name="asOf"/>.
    /// </summary>
    /// <param name="document">The document.</param>
    /// <param name="asOf">The as-of date.</param>
    /// <returns>The evaluation date.</returns>
    public static DateOnly EvaluationDateFor(IDocument document, DateOnly asOf)
    {
        Guard.Against.Null(document);
        return document switch
        {
            Protocol protocol => protocol.Meeting.Date,
            ProtocolExtract extract => extract.Meeting.Date,
            _ => asOf,
        };
    }

    /// <summary>Granskar (validates) a document as of a date.</summary>
    /// <param name="document">The document.</param>
    /// <param name="asOf">Per datum: "today" for the rules (e.g. whether a follow-up is overdue yet).</param>
    /// <returns>The report.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="document"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="asOf"/> lies outside <see cref="TrygghetLimits.EarliestDate"/>..<see cref="TrygghetLimits.LatestDate"/>.</exception>
    /// <exception cref="Rules.Runtime.RuleEngineException">A rule chains without end (a defect in a caller's rule).</exception>
    public ValidationReport Validate(IDocument document, DateOnly asOf)
    {
        Guard.Against.Null(document);
        Guard.Against.OutsideSupportedDates(asOf, nameof(asOf));
        var evaluationDate = EvaluationDateFor(document, asOf);
        var findings = rules.Run(DocumentFacts.From(document), asOf, evaluationDate, Options.Settings, DocumentReference.Of(document), Options.MaxFindingsPerRule);
        return new ValidationReport
        {
            DocumentKind = document.Kind,
            Title = document.Title,
            AsOf = asOf,
            EvaluationDate = evaluationDate,
            Findings = findings,
        };
    }

    /// <summary>
    /// Förklarar (explains) the findings of <see cref="Validate"/>: for each, the rule version that ran, the facts it
    /// matched with their paths (derived facts marked) and the values in its message. Same order as the report.
    /// </summary>
    /// <param name="document">The document.</param>
    /// <param name="asOf">Per datum (as in <see cref="Validate"/>).</param>
    /// <returns>One trace per finding.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="document"/> is null.</exception>
    /// <exception cref="Rules.Runtime.RuleEngineException">A rule chains without end (a defect in a caller's rule).</exception>
    public EquatableArray<FindingTrace> Explain(IDocument document, DateOnly asOf)
    {
        Guard.Against.Null(document);
        return rules.Trace(DocumentFacts.From(document), asOf, EvaluationDateFor(document, asOf), Options.Settings, DocumentReference.Of(document), Options.MaxFindingsPerRule);
    }
}
