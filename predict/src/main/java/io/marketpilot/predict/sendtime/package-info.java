/** Best weekday and hour to message each customer, learnt from purchase times with Dirichlet shrinkage. */
package io.marketpilot.predict.sendtime;
