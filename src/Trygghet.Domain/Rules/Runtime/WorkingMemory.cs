namespace Trygghet.Domain.Rules.Runtime;

/// <summary>
/// Arbetsminne (the network's working memory for one evaluation): the memory of each join and filter stage, by slot,
/// and the agenda of activations waiting to fire, one queue per rule node in agenda order.
/// </summary>
/// <remarks>
/// The rule nodes and stages (<see cref="RuleNode"/>, <see cref="JoinStage"/>, <see cref="FilterStage"/>) read and
/// write only this; <see cref="RuleSession"/> owns one, routes facts into the network and drives the agenda. The
/// dependency runs one way: nothing here knows the session. Memories and queues are created on first use.
/// </remarks>
internal sealed class WorkingMemory(int slotCount, int nodeCount, int maxQueuedActivations)
{
    private object?[]? slots;
    private Queue<Activation>?[]? agenda;
    private int agendaLow = int.MaxValue;
    private int queued;

    /// <summary>The memory of the stage at <paramref name="slot"/>, created on first use.</summary>
    public T GetMemory<T>(int slot)
        where T : class, new()
    {
        var memories = slots ??= new object?[slotCount];
        return (T)(memories[slot] ??= new T());
    }

    /// <summary>A rule node produced a matching tuple: queue it on the agenda.</summary>
    /// <exception cref="RuleEngineException">More than the session's queued activations are waiting (runaway chaining).</exception>
    public void Enqueue(RuleNode node, Activation activation)
    {
        if (++queued > maxQueuedActivations)
        {
            throw RuleEngineException.Runaway(node.Metadata.Id, "had an activation queued", maxQueuedActivations, "queued activations");
        }

        Requeue(node.Index, activation);
    }

    /// <summary>Puts back an activation taken off the agenda earlier (one whose <c>Exists</c> filter was not yet met).</summary>
    public void Requeue(int index, Activation activation)
    {
        var queues = agenda ??= new Queue<Activation>?[nodeCount];
        (queues[index] ??= new Queue<Activation>()).Enqueue(activation);
        if (index < agendaLow)
        {
            agendaLow = index;
        }
    }

    /// <summary>Takes the first activation in agenda order: the lowest node index first, then first queued.</summary>
    /// <returns>False when the agenda is empty.</returns>
    public bool TryDequeue(out int index, out Activation activation)
    {
        var queues = agenda;
        if (queues is not null)
        {
            for (index = agendaLow; index < queues.Length; index++)
            {
                if (queues[index] is { Count: > 0 } queue)
                {
                    agendaLow = index;
                    activation = queue.Dequeue();
                    queued--;
                    return true;
                }
            }
        }

        agendaLow = int.MaxValue;
        index = -1;
        activation = default;
        return false;
    }
}
