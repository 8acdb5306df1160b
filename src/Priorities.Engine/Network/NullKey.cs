namespace Priorities.Engine.Network;

/// <summary>Stands for a null key in index dictionaries, which cannot hold null.</summary>
internal sealed class NullKey
{
    public static readonly NullKey Instance = new();

    private NullKey()
    {
    }
}
