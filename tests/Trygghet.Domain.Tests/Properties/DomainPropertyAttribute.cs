using FsCheck;
using FsCheck.Xunit;
using Trygghet.Domain.Common;

namespace Trygghet.Domain.Tests.Properties;

/// <summary>
/// A property test of the domain: 1,000 cases, with the domain's arbitraries (<see cref="DomainArbitraries"/>)
/// registered once, here. On failure FsCheck.Xunit reports the shrunk counterexample and the seed to replay it
/// with (<c>[DomainProperty(Replay = "...")]</c>).
/// </summary>
public sealed class DomainPropertyAttribute : PropertyAttribute
{
    public DomainPropertyAttribute()
    {
        MaxTest = 1000;
        Arbitrary = [typeof(DomainArbitraries)];
        QuietOnSuccess = true;
    }
}

/// <summary>The domain's default arbitraries, for property parameters of these types.</summary>
public static class DomainArbitraries
{
    /// <summary>Dates in the supported calendar, shrinking towards 2020-01-01.</summary>
    public static Arbitrary<DateOnly> Dates() => DomainGenerators.Dates;

    /// <summary>Date ranges whose end does not precede their start.</summary>
    public static Arbitrary<DateRange> Ranges() => DomainGenerators.Ranges;
}
