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
    /// Dokumentet (the validated document's reference, e.g. its case number "KS 2025/88"), cited by findings
    /// whose basis is the document itself (<see cref="BasisKind.Document"/>); "the validated document" when null.
    /// </summary>
    public Common.LocalizedText? Document { get; init; }

    /// <summary>Inställningar (caller settings) for the rules; <see cref="RuleSettings.Empty"/> unless set.</summary>
    public RuleSettings Settings { get; init; } = RuleSettings.Empty;

    /// <summary>
    /// Högsta antal aktiveringar (maximum activations) a session may fire in total before it stops with a
    /// <see cref="RuleEngineException"/> naming the rule (a guard against runaway chaining). Default
    /// <see cref="TrygghetLimits.MaxActivations"/>; at least 1.
    /// </summary>
    public int MaxActivations { get; init => field = Guard.Against.NegativeOrZero(value, nameof(MaxActivations)); } = TrygghetLimits.MaxActivations;

    /// <summary>
    /// Högsta antal väntande aktiveringar (maximum queued activations: the agenda and the matches waiting for their
    /// Exists/NotExists filters) before the session stops with a <see cref="RuleEngineException"/> naming the rule
    /// whose activation overflowed. Default <see cref="TrygghetLimits.MaxQueuedActivations"/>; at least 1.
    /// </summary>
    public int MaxQueuedActivations { get; init => field = Guard.Against.NegativeOrZero(value, nameof(MaxQueuedActivations)); } = TrygghetLimits.MaxQueuedActivations;

    /// <summary>
    /// Högsta antal fakta (maximum working memory: facts inserted and derived) before the session stops with a
    /// <see cref="RuleEngineException"/> naming the rule that inserted the fact over the limit. Default
    /// <see cref="TrygghetLimits.MaxFacts"/>; at least 1.
    /// </summary>
    public int MaxFacts { get; init => field = Guard.Against.NegativeOrZero(value, nameof(MaxFacts)); } = TrygghetLimits.MaxFacts;

    /// <summary>
    /// Högsta antal iakttagelser per regel (maximum findings one rule reports in a session): further findings of
    /// that rule are dropped, and one <c>RULE-FINDINGS-CAPPED</c> finding says so. Default
    /// <see cref="TrygghetLimits.MaxFindingsPerRule"/>; at least 1.
    /// </summary>
    public int MaxFindingsPerRule { get; init => field = Guard.Against.NegativeOrZero(value, nameof(MaxFindingsPerRule)); } = TrygghetLimits.MaxFindingsPerRule;
}
