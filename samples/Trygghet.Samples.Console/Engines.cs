using Trygghet.Domain.NRules;
using Trygghet.Domain.Validation;

namespace Trygghet.Samples.Console;

/// <summary><c>--engine builtin|nrules</c>: which engine runs the rules of <c>validate</c> and <c>deadlines</c>.</summary>
internal static class Engines
{
    public static readonly string[] Names = ["builtin", "nrules"];

    private static readonly Lazy<TrygghetValidator> NRulesValidator = new(() => new TrygghetValidator(TrygghetValidatorOptions.Default.UseNRules()));

    private static readonly Lazy<DeadlineCalculator> NRulesCalculator = new(() => new DeadlineCalculator(TrygghetValidatorOptions.Default.UseNRules()));

    /// <summary>The validator of the chosen engine (the built-in one unless "nrules").</summary>
    public static TrygghetValidator Validator(string? engine) => engine == "nrules" ? NRulesValidator.Value : TrygghetValidator.Default;

    /// <summary>The deadline calculator of the chosen engine (the built-in one unless "nrules").</summary>
    public static DeadlineCalculator Calculator(string? engine) => engine == "nrules" ? NRulesCalculator.Value : DeadlineCalculator.Default;
}
