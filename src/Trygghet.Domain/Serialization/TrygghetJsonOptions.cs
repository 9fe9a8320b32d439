namespace Trygghet.Domain.Serialization;

/// <summary>
/// JSON-gränser (limits for reading JSON): how large, how deep and how long input may be before it is refused
/// with a clear error instead of being read.
/// </summary>
/// <remarks>Record equality. The defaults suit any real document by a wide margin.</remarks>
public sealed record TrygghetJsonOptions
{
    /// <summary>The default limits: 10 MB, depth 64, 10,000 items per array.</summary>
    public static TrygghetJsonOptions Default { get; } = new();

    /// <summary>Största storlek (maximum input size) in UTF-8 bytes; default 10 MB.</summary>
    public int MaxBytes { get; init; } = TrygghetLimits.MaxJsonBytes;

    /// <summary>Största djup (maximum nesting depth of objects and arrays); default 64.</summary>
    public int MaxDepth { get; init; } = TrygghetLimits.MaxJsonDepth;

    /// <summary>Största listlängd (maximum number of items in one array); default 10,000.</summary>
    public int MaxArrayLength { get; init; } = TrygghetLimits.MaxArrayLength;

    /// <summary>Skriv med indrag (write indented JSON); default true.</summary>
    public bool WriteIndented { get; init; } = true;

    internal void Validate()
    {
        Guard.Against.Below(MaxBytes, 2, nameof(MaxBytes));
        Guard.Against.Below(MaxDepth, 1, nameof(MaxDepth));
        Guard.Against.Above(MaxDepth, 1000, nameof(MaxDepth));
        Guard.Against.Below(MaxArrayLength, 0, nameof(MaxArrayLength));
    }
}
