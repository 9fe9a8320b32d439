namespace Trygghet.Domain.Rules.Runtime;

/// <summary>Sessionsinställningar (session options): the dates and settings of one evaluation.</summary>
/// <remarks>Record equality.</remarks>
public sealed record SessionOptions
{
    /// <summary>Per datum (as-of date): "today" for the evaluation, given to rules as <see cref="Authoring.IRuleContext.AsOf"/>.</summary>
    public required DateOnly AsOf { get; init; }

    /// <summary>
    /// Tillämpningsdatum (evaluation date) that picks which version of each rule applies (the version whose basis
    /// is in force on this date). Defaults to <see cref="AsOf"/>.
    /// </summary>
    public DateOnly? EvaluationDate { get; init; }

    /// <summary>
    /// Dokumentet (the validated document's reference, e.g. its case number "KS 2024/0456"), cited by findings
    /// whose basis is the document itself (<see cref="BasisKind.Document"/>); "the validated document" when null.
    /// </summary>
    public Common.LocalizedText? Document { get; init; }

    /// <summary>Inställningar (caller settings) for the rules; <see cref="RuleSettings.Empty"/> unless set.</summary>
    public RuleSettings Settings { get; init; } = RuleSettings.Empty;

    /// <summary>
    /// Högsta antal aktiveringar (maximum activations) a session may fire in total before it stops with a
    /// <see cref="RuleEngineException"/> (a guard against runaway chaining). Default 1,000,000.
    /// </summary>
    public int MaxActivations { get; init; } = 1_000_000;
}
