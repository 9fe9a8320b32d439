namespace Trygghet.Domain.Rules.Runtime;

/// <summary>
/// Regelmotorfel (rule engine error): a rule misbehaved at run time, e.g. runaway chaining past
/// <see cref="SessionOptions.MaxActivations"/>. <see cref="RuleId"/> names the rule.
/// </summary>
public sealed class RuleEngineException : InvalidOperationException
{
    /// <summary>Creates the exception without a message.</summary>
    public RuleEngineException()
    {
    }

    /// <summary>Creates the exception with a message.</summary>
    /// <param name="message">The message.</param>
    public RuleEngineException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the exception with a message and an inner exception.</summary>
    /// <param name="message">The message.</param>
    /// <param name="innerException">The cause.</param>
    public RuleEngineException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    /// <summary>Creates the exception naming the rule that was firing.</summary>
    /// <param name="ruleId">The id of the rule that was firing.</param>
    /// <param name="message">The message.</param>
    public RuleEngineException(string ruleId, string message)
        : base(message) => RuleId = ruleId;

    internal RuleEngineException(string ruleId, string message, Exception innerException)
        : base(message, innerException) => RuleId = ruleId;

    /// <summary>A limit of <see cref="SessionOptions"/> was passed while the rule was at work.</summary>
    internal static RuleEngineException Runaway(string ruleId, string doing, int limit, string what) =>
        new(ruleId, string.Create(System.Globalization.CultureInfo.InvariantCulture, $"Rule {ruleId} {doing} when the session exceeded {limit} {what} (runaway chaining?)."));

    /// <summary>Regel-id (the id of the rule that was firing), when known.</summary>
    public string? RuleId { get; }
}
