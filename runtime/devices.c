/* devices.c: the device table.  Requires: each device's file (opencl.c,
 * fpga.c) exports one LimeRtDevice named lime_rt_NAME_device, NAME its
 * backend's (internal.h).  Guarantees: device.c sees every device through
 * lime_rt_devices[] and no other way; adding a device is its file and one
 * line here.  The order is the one LIME_DEVICE's warning lists them in
 * ("cpu, gpu, fpga or auto") and auto looks in.
 *
 * The references are weak, so that a program links only the devices it
 * uses: the compiled program names lime_rt_NAME_device (a strong
 * reference, backends/cpu/codegen.c) when backend NAME accepted one of its
 * tasks, which pulls that device's file, and the libraries it needs, into
 * the link (-lOpenCL for the gpu); a device nothing names is NULL here
 * (device.c then stands in for it by name: its backend accepted none of the
 * program's tasks, so each says why it runs on the CPU). */
#include "internal.h"

extern const LimeRtDevice lime_rt_gpu_device __attribute__((weak));  /* opencl.c */
extern const LimeRtDevice lime_rt_fpga_device __attribute__((weak)); /* fpga.c */

const LimeRtDeviceSlot lime_rt_devices[] = {
    {"gpu", &lime_rt_gpu_device, "map reduce"},
    {"fpga", &lime_rt_fpga_device, "map reduce stream"},
    {NULL, NULL, NULL},
};
_Static_assert(sizeof lime_rt_devices / sizeof lime_rt_devices[0] <= LIME_RT_MAX_DEVICES + 1, "LIME_RT_MAX_DEVICES");
