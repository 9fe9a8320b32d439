namespace Trygghet.Domain.Procedure.Facts;

/// <summary>A step of a deadline chain recorded as done on a day (the justering, the notice posted).</summary>
internal interface IChainStepDone
{
    /// <summary>The chain the step belongs to.</summary>
    string ChainId { get; }

    /// <summary>The day it was done.</summary>
    DateOnly Date { get; }

    /// <summary>The JSON path of the record.</summary>
    string Path { get; }
}

/// <summary>The derived deadline of a step of a deadline chain (the attestation deadline, the notice deadline).</summary>
internal interface IChainStepDeadline
{
    /// <summary>The chain the step belongs to.</summary>
    string ChainId { get; }

    /// <summary>The latest day for the step.</summary>
    Deadline Deadline { get; }

    /// <summary>The JSON path the step is recorded at.</summary>
    string Path { get; }
}
