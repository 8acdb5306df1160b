namespace Priorities.Sensitivity;

/// <summary>
/// The smallest change of one weight, the others kept, that moves a priority into or out of the plan.
/// </summary>
/// <param name="Dimension">The dimension whose weight changes.</param>
/// <param name="From">The rule set's weight.</param>
/// <param name="To">
/// The weight at which the priority's selection changes (a multiple of 0.001 away from <paramref name="From"/>, or 0);
/// every such weight between the two leaves it as it is.
/// </param>
/// <param name="Change"><paramref name="To"/> − <paramref name="From"/>.</param>
public sealed record WeightFlip(string Dimension, double From, double To, double Change);
