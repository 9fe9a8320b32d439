using Trygghet.Domain.NRules;
using Trygghet.Domain.Validation;

namespace Trygghet.Samples.Console;

/// <summary><c>--engine builtin|nrules</c>: which engine runs the rules of <c>validate</c> and <c>deadlines</c>.</summary>
internal static class Engines
{
    public const string Option = "--engine";

    private static readonly Lazy<TrygghetValidatorOptions> OnNRules = new(() => TrygghetValidatorOptions.Default.UseNRules());

    /// <summary>The options for the chosen engine (the built-in one by default), or an error for an unknown name.</summary>
    public static (TrygghetValidatorOptions? Options, string? Error) Choose(CommandLine line) => line.Value(Option) switch
    {
        null or "builtin" => (TrygghetValidatorOptions.Default, null),
        "nrules" => (OnNRules.Value, null),
        var other => (null, $"{Option} must be 'builtin' or 'nrules', not '{other}'"),
    };
}
