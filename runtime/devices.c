/* devices.c: the device table.  Requires: each device's file (opencl.c,
 * fpga.c) exports one LimeRtDevice (internal.h).  Guarantees: device.c sees
 * every device through lime_rt_devices[] and no other way; adding a device
 * is its file and one line here.  The order is the one LIME_DEVICE's
 * warning lists them in ("cpu, gpu, fpga or auto") and auto looks in. */
#include "internal.h"

extern const LimeRtDevice lime_rt_gpu_device;  /* opencl.c */
extern const LimeRtDevice lime_rt_fpga_device; /* fpga.c */

const LimeRtDevice *const lime_rt_devices[] = {
    &lime_rt_gpu_device,
    &lime_rt_fpga_device,
    NULL,
};
