using Trygghet.Domain.Rules;

namespace Trygghet.Domain.Agreements.Facts;

/// <summary>Insats (a measure of the action plan) as a fact: its number, the area it stands under, and any earlier use of the same number.</summary>
/// <param name="Path">Path of the measure, e.g. <c>$.actionPlan.measures[24]</c>.</param>
/// <param name="DocumentKey">Identifies the agreement within a session.</param>
/// <param name="Index">Index in the plan.</param>
/// <param name="Number">The number written on it.</param>
/// <param name="AreaNumber">The area it stands under.</param>
/// <param name="FirstUseIndex">Index of the earlier measure with the same number, or null.</param>
public sealed record MeasureFact(string Path, string DocumentKey, int Index, MeasureNumber Number, int AreaNumber, int? FirstUseIndex) : IFact;
